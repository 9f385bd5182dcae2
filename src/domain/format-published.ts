import { formatCalendarDay } from './format-date';

/** "18 October 2016" ("18 de octubre de 2016") from an ISO calendar date, read as a calendar date (no time zone shift). */
export function formatPublished(isoDay: string): string {
  return formatCalendarDay(isoDay, 'long');
}
