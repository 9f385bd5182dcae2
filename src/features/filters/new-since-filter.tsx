import { SHORT_MONTHS } from '../../domain/english-months';
import { useMemo } from 'react';
import type { HeadModel } from '../../domain/load-dataset';
import { dateLocaleOf, type CatalogLocale } from '../../i18n/locales';
import { useI18n } from '../../i18n/use-i18n';
import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';
import { newSinceDay } from '../../store/filters';
import { filterEvents } from '../../store/visible-events';

/**
 * "12 Nov": the short day a reader remembers a visit by, in the interface's
 * language ("12 nov", "12. Nov."). English keeps its own month names, as
 * format-date.ts does (Intl writes "Sept").
 */
function shortDay(isoDay: string, locale: CatalogLocale): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  const dateLocale = dateLocaleOf(locale);
  if (dateLocale === 'en-GB') return `${day} ${SHORT_MONTHS[month! - 1]}`;
  return new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
}

/**
 * "New since 12 Nov" and how many events that leaves, under the other filters
 * (issue 23): a toggle, offered once the reader has been here before or a link
 * names the day (`?new=2026-11-12`). On a first visit there is nothing to offer.
 */
export function NewSinceFilter({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const day = useAppStore(newSinceDay);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const on = filters.newSince !== null;
  const count = useMemo(() => (day ? filterEvents(model, { ...filters, newSince: day }).length : 0), [model, filters, day]);
  if (!day) return null;
  return (
    <button type="button" className="new-since-filter" aria-pressed={on} onClick={() => setFilters({ newSince: on ? null : day })}>
      {i18n._('New since {day}', { day: shortDay(day, i18n.locale as CatalogLocale) })}{' '}
      <span className="count">
        {formatCount(count)}
        <span className="visually-hidden"> {i18n._('{count, plural, one {event} other {events}}', { count })}</span>
      </span>
    </button>
  );
}
