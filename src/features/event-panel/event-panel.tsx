import { useEffect, useRef } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { HighlightedText } from '../../components/highlighted-text';
import { queryTerms } from '../../lib/text-match';
import { useNarrowScreen } from '../../lib/use-media-query';
import { useAppStore } from '../../store/app-store';
import { ActorChips } from './actor-chips';
import { ArticleReader } from './article-reader';
import { CiteEvent } from './cite-event';
import { CopyLinkButton } from './copy-link-button';
import { EventDetails } from './event-details';
import { StepButtons } from './step-buttons';

/**
 * The selected event: its date and precision, actors, summary, disputes and sources.
 * `embedded`: in the embed the panel lies over the timeline, and the frame's
 * own address is not one a reader shares (the article's is), so it has no Copy link.
 */
export function EventPanel({ model, embedded = false }: { model: TimelineModel; embedded?: boolean }) {
  const selectedId = useAppStore((s) => s.selectedId);
  const query = useAppStore((s) => s.filters.query);
  const select = useAppStore((s) => s.select);
  const openReader = useAppStore((s) => s.openReader);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const event = selectedId ? model.eventById.get(selectedId) : undefined;
  const terms = queryTerms(query);
  // On a narrow screen the panel is a sheet over the events, so focus always moves into it.
  const sheet = useNarrowScreen();

  // When nothing has focus (a deep link, Back/Forward), put it on the event so
  // keyboard and screen-reader users start where the page changed. Focus that a
  // reader placed themselves (a list row, a timeline item) is left alone. In an
  // embed the panel covers the timeline, so focus follows it whenever the reader
  // is in the frame, and never when the article opened the event: focus stays
  // in the article then.
  useEffect(() => {
    const moveFocus = embedded ? document.hasFocus() : sheet || document.activeElement === document.body;
    if (event && moveFocus) headingRef.current?.focus({ preventScroll: true });
  }, [event, sheet, embedded]);

  /** Closing returns focus to the event's row or card, where the reader came from. */
  const close = () => {
    const id = selectedId;
    select(null);
    if (id) document.querySelector<HTMLElement>(`button[data-event-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  };

  if (!event) return null;

  return (
    <aside className="event-panel" aria-labelledby="panel-title">
      <div className="panel-bar">
        <StepButtons />
        {embedded ? null : <CopyLinkButton />}
        <button type="button" className="close" onClick={close} aria-keyshortcuts="Escape">
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">Close event</span>
        </button>
      </div>
      <div className="panel-body">
        <EventDetails
          event={event}
          model={model}
          terms={terms}
          onRead={openReader}
          heading={
            <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
              <HighlightedText text={event.title} terms={terms} />
            </h2>
          }
          actors={<ActorChips model={model} actorIds={event.actors} />}
        />
        <CiteEvent event={event} siteTitle={model.title} />
      </div>
      <ArticleReader model={model} />
    </aside>
  );
}
