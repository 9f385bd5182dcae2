import { format } from 'date-fns';
import type { TimelineModel } from '../domain/load-dataset';
import { formatCount } from '../lib/format-count';
import type { Filters } from './filters';

/** A calendar day (YYYY-MM-DD) as the app writes dates: "3 Oct 2016", with no time zone to shift it. */
function dayLabel(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const value = new Date(2000, month - 1, date);
  value.setFullYear(year);
  return format(value, 'd MMM yyyy');
}

/**
 * The filters in effect, one phrase each, in the order of the filter bar, for
 * a page that has no filter bar: the printed timeline and the downloaded
 * picture say what they leave out. Names, not ids; an id the timeline does
 * not know is kept as written rather than dropped.
 */
export function filtersInWords(model: TimelineModel, filters: Filters): string[] {
  const words: string[] = [];
  const query = filters.query.trim();
  if (query) words.push(`Search: “${query}”`);
  if (filters.actors.length > 0) words.push(`Actors: ${filters.actors.map((id) => model.actorById.get(id)?.name ?? id).join(', ')}`);
  if (filters.tags.length > 0) words.push(`Tags: ${filters.tags.map((id) => model.tagById.get(id)?.label ?? id).join(', ')}`);
  if (filters.from && filters.to) words.push(`Dates: ${dayLabel(filters.from)} to ${dayLabel(filters.to)}`);
  else if (filters.from) words.push(`Dates: from ${dayLabel(filters.from)}`);
  else if (filters.to) words.push(`Dates: up to ${dayLabel(filters.to)}`);
  if (filters.newSince) words.push(`New or revised since ${dayLabel(filters.newSince)}`);
  return words;
}

/** One line for a page's head: what the filters keep, or that nothing is left out. */
export function filtersLine(model: TimelineModel, filters: Filters, shown: number): string {
  const words = filtersInWords(model, filters);
  if (words.length === 0) return `No filters: all ${formatCount(shown)} events.`;
  const list = words.join('; ');
  // A name such as "Donald Trump Jr." ends the sentence itself.
  return `Filtered to ${formatCount(shown)} of ${formatCount(model.events.length)} events. ${list}${list.endsWith('.') ? '' : '.'}`;
}
