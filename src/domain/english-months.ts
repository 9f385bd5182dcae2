/**
 * English dates as the site has always written them ("3 Oct 2016",
 * "3 October 2016", "Sep 2016"), spelled out here rather than through
 * date-fns' formatter or Intl: the formatter is 5 KiB of the first view for
 * three patterns, and Intl's en-GB writes "Sept". Other languages use Intl.
 */
export const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A year as date-fns' "yyyy" writes it: four digits at least, years before 1 CE by their era's count. */
export function englishYear(year: number): string {
  return String(year > 0 ? year : 1 - year).padStart(4, '0');
}

/** "3 Oct 2016", "Oct 2016", "2016" (short) or "3 October 2016" (long), from the written parts. */
export function englishCalendar(parts: readonly number[], style: 'short' | 'long'): string {
  const [year = 0, month, day] = parts;
  const months = style === 'short' ? SHORT_MONTHS : LONG_MONTHS;
  const words = [englishYear(year)];
  if (month !== undefined) words.unshift(months[month - 1] ?? String(month));
  if (month !== undefined && day !== undefined) words.unshift(String(day));
  return words.join(' ');
}
