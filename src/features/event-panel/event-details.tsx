import type { ReactNode } from 'react';
import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import { describePrecision, formatEdtf } from '../../domain/format-date';
import { AppLink } from '../../components/app-link';
import { HighlightedText } from '../../components/highlighted-text';
import { actorPathFor } from '../../lib/actor-path';
import { CorrectionsNote } from '../../components/corrections-note';
import { i18n } from '../../i18n/i18n';
import { DisputeView } from './dispute-view';
import { ChangeDates } from './change-dates';
import { FirstReported } from './first-reported';
import { SourceCard } from './source-card';

interface Props {
  event: ModelEvent;
  model: TimelineModel;
  terms: readonly string[];
  /** The heading: the panel passes a focusable one, a static page a plain one. */
  heading: ReactNode;
  /** The actors, as the page wants them shown (see ActorNames). */
  actors: ReactNode;
  /** Opens an article in the reader; without it (a static page) sources link out instead. */
  onRead?: (article: string, quote: string) => void;
}

/**
 * What a reader learns about one event: date and precision, when it was
 * first reported, title, summary, any correction, actors, both sides of any dispute, every source. No store access, so the
 * build renders the same markup into the event's static page; in the app the panel's useI18n() renders it
 * again when the language changes.
 */
export function EventDetails({ event, model, terms, heading, actors, onRead }: Props) {
  const dateBases = event.sources.filter((s) => s.dateBasis);
  return (
    <>
      <p className="panel-date">
        <time dateTime={event.date}>{formatEdtf(event.when, 'long')}</time>
        <span className="precision"> · {describePrecision(event.when)}</span>
      </p>
      <FirstReported event={event} model={model} />
      <ChangeDates event={event} />
      {heading}
      {event.disputes?.length ? <p className="badge badge-disputed">{i18n._('Disputed in the sources')}</p> : null}
      {/* The dataset's language on its texts, the interface's on the chrome (issue 22). */}
      <p className="summary" lang={model.lang} dir="auto">
        <HighlightedText text={event.summary} terms={terms} />
      </p>
      <CorrectionsNote corrections={event.corrections} />
      {dateBases.length === 0 && event.when.from.precision !== 'day' ? (
        <p className="date-basis">{i18n._('The sources give no finer date than this.')}</p>
      ) : null}
      {actors}
      {event.disputes?.length ? (
        <section className="disputes" aria-labelledby="disputes-heading">
          <h3 id="disputes-heading">{i18n._('Both sides')}</h3>
          {event.disputes.map((dispute, i) => (
            <DisputeView key={i} dispute={dispute} model={model} terms={terms} onRead={onRead} />
          ))}
        </section>
      ) : null}
      <section className="sources" aria-labelledby="sources-heading">
        <h3 id="sources-heading">{i18n._('{count, plural, =0 {Sources} one {Source} other {Sources (#)}}', { count: event.sources.length })}</h3>
        {event.sources.length === 0 ? <p className="unchecked">{i18n._('No source is given for this event.')}</p> : null}
        {event.sources.map((source, i) => {
          const article = model.articles.get(source.article);
          return article ? (
            <SourceCard key={i} source={source} article={article} terms={terms} onRead={onRead ? () => onRead(article.id, source.quote) : undefined} />
          ) : null;
        })}
      </section>
    </>
  );
}

/** The "Actors" section around whatever the page makes of each actor. */
export function ActorSection({ children }: { children: ReactNode }) {
  return (
    <section className="actors" aria-labelledby="actors-heading">
      <h3 id="actors-heading">{i18n._('Actors')}</h3>
      <ul className="chips">{children}</ul>
    </section>
  );
}

interface ActorNamesProps {
  model: TimelineModel;
  actorIds: readonly string[];
  /** Where the site is served from, ending in "/". */
  base: string;
  /** Opens the actor's page in the app; without it (a static page) the links are plain links. */
  onOpen?: ((id: string) => void) | undefined;
}

/** The actors, each a link to the actor's own page (`/actors/<id>/`). */
export function ActorNames({ model, actorIds, base, onOpen }: ActorNamesProps) {
  return (
    <ActorSection>
      {actorIds.map((id) => {
        const actor = model.actorById.get(id);
        return actor ? (
          <li key={id}>
            <AppLink className="chip" href={actorPathFor(id, base)} title={actor.description} onNavigate={onOpen ? () => onOpen(id) : undefined}>
              {actor.name}
            </AppLink>
          </li>
        ) : null;
      })}
    </ActorSection>
  );
}
