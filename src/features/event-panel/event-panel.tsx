import { useEffect, useRef, type ReactNode } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { HighlightedText } from '../../components/highlighted-text';
import { useI18n } from '../../i18n/use-i18n';
import { queryTerms } from '../../lib/text-match';
import { useNarrowScreen } from '../../lib/use-media-query';
import { useSwipe, type SwipeDirection } from '../../lib/use-swipe';
import { useAppStore } from '../../store/app-store';
import { ActorLinks } from './actor-links';
import { ArticleReader } from './article-reader';
import { CiteEvent } from './cite-event';
import { CopyLinkButton } from './copy-link-button';
import { EventDetails } from './event-details';
import { StepButtons } from './step-buttons';
import { useReturnFocus } from './use-return-focus';

/** A story being read, as the panel shows it (composed in src/app from the stories feature). */
export interface PanelStory {
  /** Above the event: the story and the step's note. */
  lead: ReactNode;
  /** In place of the previous/next buttons over the visible events. */
  bar: ReactNode;
  onSwipe: (direction: SwipeDirection) => void;
}

/**
 * The selected event: its date and precision, actors, summary, disputes and sources.
 * `embedded`: in the embed the panel lies over the timeline, and the frame's
 * own address is not one a reader shares (the article's is), so it has no Copy link.
 */
export function EventPanel({ model, story, embedded = false }: { model: TimelineModel; story?: PanelStory | undefined; embedded?: boolean }) {
  // Also re-renders EventDetails and its parts, which read `i18n` without the store (they render on static pages too).
  const i18n = useI18n();
  const selectedId = useAppStore((s) => s.selectedId);
  const query = useAppStore((s) => s.filters.query);
  const select = useAppStore((s) => s.select);
  const openReader = useAppStore((s) => s.openReader);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const leadRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const event = selectedId ? model.eventById.get(selectedId) : undefined;
  const terms = queryTerms(query);
  // On a narrow screen the panel is a sheet over the events, so focus always moves into it.
  const sheet = useNarrowScreen();
  const swipe = useSwipe(story?.onSwipe);
  const inStory = !!story;

  // When nothing has focus (a deep link, Back/Forward), put it on the event so
  // keyboard and screen-reader users start where the page changed. Focus that a
  // reader placed themselves (a list row, a timeline item, a step button) is
  // left alone. In a story the note comes first, so focus goes there. In an
  // embed the panel covers the timeline, so focus follows it whenever the
  // reader is in the frame, and never when the article opened the event:
  // focus stays in the article then.
  useEffect(() => {
    const moveFocus = embedded ? document.hasFocus() : sheet || document.activeElement === document.body;
    if (!event || !moveFocus) return;
    (inStory ? leadRef.current : headingRef.current)?.focus({ preventScroll: true });
  }, [event, sheet, inStory, embedded]);

  // A new event is read from its top.
  useEffect(() => {
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [event]);

  // Closing, however it happens, returns focus to the event's item, row or card.
  useReturnFocus(selectedId);
  const close = () => select(null);

  if (!event) return null;

  return (
    <aside className={`event-panel${story ? ' is-story' : ''}`} aria-labelledby="panel-title" {...swipe}>
      <div className="panel-bar">
        {story ? story.bar : <StepButtons />}
        {embedded ? null : <CopyLinkButton />}
        <button type="button" className="close" onClick={close} aria-keyshortcuts={story ? undefined : 'Escape'}>
          <span aria-hidden="true">✕</span>
          <span className="visually-hidden">{i18n._('Close event')}</span>
        </button>
      </div>
      <div className="panel-body" ref={bodyRef}>
        {story ? (
          <div className="panel-lead" ref={leadRef} tabIndex={-1}>
            {story.lead}
          </div>
        ) : null}
        <EventDetails
          event={event}
          model={model}
          terms={terms}
          onRead={openReader}
          heading={
            <h2 id="panel-title" ref={headingRef} tabIndex={-1} lang={model.lang} dir="auto">
              <HighlightedText text={event.title} terms={terms} />
            </h2>
          }
          actors={<ActorLinks model={model} actorIds={event.actors} />}
        />
        <CiteEvent event={event} model={model} />
      </div>
      <ArticleReader model={model} />
    </aside>
  );
}
