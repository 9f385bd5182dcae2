import { format } from 'date-fns';

/** "18 October 2016" from an ISO calendar date, read as a calendar date (no time zone shift). */
export function formatPublished(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) return isoDay;
  return format(new Date(year, month - 1, day), 'd MMMM yyyy');
}
