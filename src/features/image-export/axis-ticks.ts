import { i18n } from '../../i18n/i18n';
import { dateLocaleOf, type CatalogLocale } from '../../i18n/locales';

/**
 * The picture's time axis: ticks at whole years, months or days (UTC, as the
 * timeline's axis is drawn), as dense as the labels allow, so a reader can
 * read the dates off the picture the way they read them off the widget.
 */

const DAY = 86_400_000;

export interface Tick {
  time: number;
  label: string;
  /** A year's start (or a month's, on a day axis): drawn as a stronger line. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Jul", or with its year "Oct 2016": date-fns' English words, as the timeline's dates
 * (format-date.ts) use them, and the browser's in another language.
 */
function monthLabel(time: number, withYear: boolean): string {
  const date = new Date(time);
  const dateLocale = dateLocaleOf(i18n.locale as CatalogLocale);
  if (dateLocale === 'en-GB') return withYear ? `${MONTHS[date.getUTCMonth()]!} ${date.getUTCFullYear()}` : MONTHS[date.getUTCMonth()]!;
  const key = `${dateLocale}|${withYear}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(dateLocale, { month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' })));
  return format.format(date);
}

/** How many pixels a label needs at least, so neighbours never touch. */
const MIN_SPACING = 72;

function* years(start: number, end: number, step: number) {
  const first = new Date(start).getUTCFullYear();
  for (let y = Math.ceil(first / step) * step; ; y += step) {
    const time = Date.UTC(y, 0, 1);
    if (time > end) return;
    if (time >= start) yield { time, label: String(y), major: true };
  }
}

function* months(start: number, end: number, step: number) {
  const from = new Date(start);
  for (let i = from.getUTCFullYear() * 12 + from.getUTCMonth(); ; i++) {
    const year = Math.floor(i / 12);
    const month = i % 12;
    const time = Date.UTC(year, month, 1);
    if (time > end) return;
    if (time < start || month % step !== 0) continue;
    yield { time, label: month === 0 ? String(year) : monthLabel(time, false), major: month === 0 };
  }
}

function* days(start: number, end: number, step: number) {
  for (let time = Math.floor(start / DAY) * DAY; time <= end; time += DAY) {
    if (time < start) continue;
    const date = new Date(time);
    const day = date.getUTCDate();
    if (day !== 1 && (day - 1) % step !== 0) continue;
    // The stride restarts on each 1st, which names the month: a tick just before it would crowd its label.
    const monthDays = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    if (day !== 1 && monthDays - day + 1 < step / 2) continue;
    yield { time, label: day === 1 ? monthLabel(time, true) : String(day), major: day === 1 };
  }
}

/** Ticks for a window drawn `width` pixels wide: the finest unit whose labels keep MIN_SPACING apart. */
export function axisTicks(start: number, end: number, width: number): Tick[] {
  const span = end - start;
  if (!(span > 0) || !(width > 0)) return [];
  const fits = (unit: number) => (unit / span) * width >= MIN_SPACING;
  const year = 365.25 * DAY;
  const month = year / 12;
  for (const step of [1, 2, 7, 14]) if (fits(step * DAY)) return [...days(start, end, step)];
  for (const step of [1, 2, 3, 6]) if (fits(step * month)) return [...months(start, end, step)];
  for (const step of [1, 2, 5, 10, 20, 50]) if (fits(step * year)) return [...years(start, end, step)];
  return [...years(start, end, 100)];
}
