import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { formatEdtf } from '../../domain/format-date';
import { HighlightedText } from '../../components/highlighted-text';
import { tagClass, tagSlot } from '../../lib/tag-colors';
import { queryTerms } from '../../lib/text-match';
import { prefersReducedMotion } from '../../lib/motion';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';

/**
 * The same filtered events as the timeline, in date order: the keyboard and
 * screen-reader path through the data. Up and Down move between rows.
 */
export function EventList({ model }: { model: TimelineModel }) {
  const events = useAppStore(selectVisibleEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const query = useAppStore((s) => s.filters.query);
  const select = useAppStore((s) => s.select);
  const listRef = useRef<HTMLOListElement>(null);
  const terms = queryTerms(query);
  const tagIds = model.tags.map((t) => t.id);

  useEffect(() => {
    if (!selectedId) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
    row?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-event-id]') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const last = buttons.length - 1;
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowDown' ? Math.min(current + 1, last) : Math.max(current - 1, 0);
    event.preventDefault();
    buttons[next]?.focus();
  };

  if (events.length === 0) {
    return (
      <section className="event-list empty" aria-labelledby="list-heading">
        <h2 id="list-heading">Events</h2>
        <p>No event matches these filters.</p>
      </section>
    );
  }

  return (
    <section className="event-list" aria-labelledby="list-heading">
      <h2 id="list-heading">Events</h2>
      <ol ref={listRef} onKeyDown={onKeyDown}>
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              data-event-id={event.id}
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => select(event.id)}
            >
              <span className={`swatch ${tagClass(tagSlot(tagIds, event.tags[0]))}`} aria-hidden="true" />
              <span className="row-date">{formatEdtf(event.when)}</span>
              <span className="row-title">
                <HighlightedText text={event.title} terms={terms} />
              </span>
              {event.disputes?.length ? <span className="badge">Disputed</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
