import { format } from 'date-fns';
import { useMemo } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';
import { newSinceDay } from '../../store/filters';
import { filterEvents } from '../../store/visible-events';

/** "12 Nov": the short day a reader remembers a visit by. */
function shortDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return format(new Date(year!, month! - 1, day!), 'd MMM');
}

/**
 * "New since 12 Nov" and how many events that leaves, under the other filters
 * (issue 23): a toggle, offered once the reader has been here before or a link
 * names the day (`?new=2026-11-12`). On a first visit there is nothing to offer.
 */
export function NewSinceFilter({ model }: { model: TimelineModel }) {
  const day = useAppStore(newSinceDay);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const on = filters.newSince !== null;
  const count = useMemo(() => (day ? filterEvents(model, { ...filters, newSince: day }).length : 0), [model, filters, day]);
  if (!day) return null;
  return (
    <button type="button" className="new-since-filter" aria-pressed={on} onClick={() => setFilters({ newSince: on ? null : day })}>
      New since {shortDay(day)}{' '}
      <span className="count">
        {formatCount(count)}
        <span className="visually-hidden"> {count === 1 ? 'event' : 'events'}</span>
      </span>
    </button>
  );
}
