import { useEffect, useRef } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { describePrecision, formatEdtf } from '../../domain/format-date';
import { HighlightedText } from '../../components/highlighted-text';
import { queryTerms } from '../../lib/text-match';
import { useAppStore } from '../../store/app-store';
import { ActorChips } from './actor-chips';
import { ArticleReader } from './article-reader';
import { CiteEvent } from './cite-event';
import { CopyLinkButton } from './copy-link-button';
import { DisputeView } from './dispute-view';
import { SourceCard } from './source-card';
import { StepButtons } from './step-buttons';

/** The selected event: its date and precision, actors, summary, disputes and sources. */
export function EventPanel({ model }: { model: TimelineModel }) {
  const selectedId = useAppStore((s) => s.selectedId);
  const query = useAppStore((s) => s.filters.query);
  const select = useAppStore((s) => s.select);
  const openReader = useAppStore((s) => s.openReader);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const event = selectedId ? model.eventById.get(selectedId) : undefined;
  const terms = queryTerms(query);

  // When nothing has focus (a deep link, Back/Forward), put it on the event so
  // keyboard and screen-reader users start where the page changed. Focus that a
  // reader placed themselves (a list row, a timeline item) is left alone.
  useEffect(() => {
    if (event && document.activeElement === document.body) headingRef.current?.focus({ preventScroll: true });
  }, [event]);

  if (!event) return null;
  const dateBases = event.sources.filter((s) => s.dateBasis);

  return (
    <aside className="event-panel" aria-labelledby="panel-title">
      <div className="panel-bar">
        <StepButtons />
        <CopyLinkButton />
        <button type="button" className="close" onClick={() => select(null)} aria-keyshortcuts="Escape">
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">Close event</span>
        </button>
      </div>
      <div className="panel-body">
        <p className="panel-date">
          <time dateTime={event.date}>{formatEdtf(event.when, 'long')}</time>
          <span className="precision"> · {describePrecision(event.when)}</span>
        </p>
        <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
          <HighlightedText text={event.title} terms={terms} />
        </h2>
        {event.disputes?.length ? <p className="badge badge-disputed">Disputed in the sources</p> : null}
        <p className="summary">
          <HighlightedText text={event.summary} terms={terms} />
        </p>
        {dateBases.length === 0 && event.when.from.precision !== 'day' ? (
          <p className="date-basis">The sources give no finer date than this.</p>
        ) : null}
        <ActorChips model={model} actorIds={event.actors} />
        {event.disputes?.length ? (
          <section className="disputes" aria-labelledby="disputes-heading">
            <h3 id="disputes-heading">Both sides</h3>
            {event.disputes.map((dispute, i) => (
              <DisputeView key={i} dispute={dispute} model={model} terms={terms} onRead={openReader} />
            ))}
          </section>
        ) : null}
        <section className="sources" aria-labelledby="sources-heading">
          <h3 id="sources-heading">{event.sources.length === 1 ? 'Source' : event.sources.length === 0 ? 'Sources' : `Sources (${event.sources.length})`}</h3>
          {event.sources.length === 0 ? <p className="unchecked">No source is given for this event.</p> : null}
          {event.sources.map((source, i) => {
            const article = model.articles.get(source.article);
            return article ? (
              <SourceCard key={i} source={source} article={article} terms={terms} onRead={() => openReader(article.id, source.quote)} />
            ) : null;
          })}
        </section>
        <CiteEvent event={event} siteTitle={model.title} />
      </div>
      <ArticleReader model={model} />
    </aside>
  );
}
