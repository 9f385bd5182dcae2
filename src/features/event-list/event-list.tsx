import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { formatEdtf } from '../../domain/format-date';
import { HighlightedText } from '../../components/highlighted-text';
import { NewMark } from '../../components/new-mark';
import { useI18n } from '../../i18n/use-i18n';
import { tagClass, tagSlot } from '../../lib/tag-colors';
import { queryTerms } from '../../lib/text-match';
import { prefersReducedMotion } from '../../lib/motion';
import { useAppStore } from '../../store/app-store';
import { selectShownFullEvents } from '../../store/visible-events';

/**
 * The same filtered events as the timeline, in date order: the keyboard and
 * screen-reader path through the data. Up and Down move between rows.
 * Long lists render only the rows in and near view (fixed row height), so a
 * 100,000-event list stays as quick as a short one.
 */
const ROW_HEIGHT = 40;
const VIRTUAL_FROM = 300;
const OVERSCAN = 15;
export function EventList({ model }: { model: TimelineModel }) {
  const i18n = useI18n();
  const events = useAppStore(selectShownFullEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const query = useAppStore((s) => s.filters.query);
  const select = useAppStore((s) => s.select);
  const listRef = useRef<HTMLOListElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const terms = queryTerms(query);
  const tagIds = model.tags.map((t) => t.id);
  const virtual = events.length > VIRTUAL_FROM;
  const first = virtual ? Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual ? Math.min(events.length, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN) : events.length;

  const scrollToIndex = (index: number) => {
    const scroller = scrollerRef.current;
    if (!virtual || !scroller) return;
    const top = index * ROW_HEIGHT;
    if (top < scroller.scrollTop || top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 2);
    }
  };

  useEffect(() => {
    if (!selectedId) return;
    if (virtual) {
      scrollToIndex(events.findIndex((e) => e.id === selectedId));
      return;
    }
    const row = listRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
    row?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // Only a new selection scrolls; re-running on every filter change would fight the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  // Focus follows the keyboard even when the row had to be rendered first.
  useEffect(() => {
    if (focusIndex === null) return;
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-index="${focusIndex}"]`)?.focus();
  }, [focusIndex, first, last]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.index ?? -1);
    const end = events.length - 1;
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? end : event.key === 'ArrowDown' ? Math.min(current + 1, end) : Math.max(current - 1, 0);
    event.preventDefault();
    scrollToIndex(next);
    setFocusIndex(next);
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-index="${next}"]`)?.focus();
  };

  if (events.length === 0) {
    return (
      <section className="event-list empty" aria-labelledby="list-heading">
        <h2 id="list-heading">{i18n._('Events')}</h2>
        <p>{i18n._('No event matches these filters.')}</p>
      </section>
    );
  }

  return (
    <section className="event-list" aria-labelledby="list-heading">
      <h2 id="list-heading">{i18n._('Events')}</h2>
      <div
        ref={scrollerRef}
        className={virtual ? 'list-scroller' : undefined}
        onScroll={virtual ? (e) => setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight }) : undefined}
      >
      <ol
        ref={listRef}
        onKeyDown={onKeyDown}
        style={virtual ? { height: events.length * ROW_HEIGHT, position: 'relative' } : undefined}
      >
        {events.slice(first, last).map((event, i) => (
          <li
            key={event.id}
            style={virtual ? { position: 'absolute', top: (first + i) * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT } : undefined}
            aria-setsize={virtual ? events.length : undefined}
            aria-posinset={virtual ? first + i + 1 : undefined}
          >
            <button
              type="button"
              data-event-id={event.id}
              data-index={first + i}
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => select(event.id)}
            >
              <span className={`swatch ${tagClass(tagSlot(tagIds, event.tags[0]))}`} aria-hidden="true" />
              <span className="row-date">{formatEdtf(event.when)}</span>
              <span className="row-title" lang={model.lang} dir="auto">
                <HighlightedText text={event.title} terms={terms} />
              </span>
              <NewMark event={event} />
              {event.disputed ? <span className="badge">{i18n._('Disputed')}</span> : null}
            </button>
          </li>
        ))}
      </ol>
      </div>
    </section>
  );
}
