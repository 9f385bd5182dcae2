import { formatCalendarDay } from '../domain/format-date';
import type { HeadModel } from '../domain/load-dataset';
import { i18n } from '../i18n/i18n';
import { formatCount } from '../lib/format-count';
import type { Filters } from './filters';

/** A calendar day (YYYY-MM-DD) as the app writes dates: "3 Oct 2016", with no time zone to shift it. */
function dayLabel(day: string): string {
  return formatCalendarDay(day);
}

/**
 * The filters in effect, one phrase each, in the order of the filter bar, for
 * a page that has no filter bar: the printed timeline and the downloaded
 * picture say what they leave out. Names, not ids; an id the timeline does
 * not know is kept as written rather than dropped.
 */
export function filtersInWords(model: HeadModel, filters: Filters): string[] {
  const words: string[] = [];
  const query = filters.query.trim();
  if (query) words.push(i18n._('Search: “{query}”', { query }));
  if (filters.actors.length > 0)
    words.push(i18n._('Actors: {names}', { names: filters.actors.map((id) => model.actorById.get(id)?.name ?? id).join(', ') }));
  if (filters.tags.length > 0) words.push(i18n._('Tags: {names}', { names: filters.tags.map((id) => model.tagById.get(id)?.label ?? id).join(', ') }));
  if (filters.from && filters.to) words.push(i18n._('Dates: {from} to {to}', { from: dayLabel(filters.from), to: dayLabel(filters.to) }));
  else if (filters.from) words.push(i18n._('Dates: from {from}', { from: dayLabel(filters.from) }));
  else if (filters.to) words.push(i18n._('Dates: up to {to}', { to: dayLabel(filters.to) }));
  if (filters.newSince) words.push(i18n._('New or revised since {day}', { day: dayLabel(filters.newSince) }));
  return words;
}

/** One line for a page's head: what the filters keep, or that nothing is left out. */
export function filtersLine(model: HeadModel, filters: Filters, shown: number): string {
  const words = filtersInWords(model, filters);
  if (words.length === 0) return i18n._('{shown, plural, one {No filters: all # event.} other {No filters: all # events.}}', { shown });
  const total = model.events.length;
  const filtered = i18n._('{total, plural, one {Filtered to {shown} of # event.} other {Filtered to {shown} of # events.}}', {
    total,
    shown: formatCount(shown),
  });
  // Two sentences: how many, then which filters. A name such as "Donald Trump Jr." ends the second itself.
  const list = words.join(i18n._('; '));
  return `${filtered} ${list.endsWith('.') ? list : i18n._('{words}.', { words: list })}`;
}
