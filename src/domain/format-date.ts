import { i18n } from '../i18n/i18n';
import { dateLocaleOf, type CatalogLocale } from '../i18n/locales';
import type { DatePoint, EdtfDate, Precision } from './edtf';
import { englishCalendar } from './english-months';

/**
 * Human labels for EDTF dates that never claim more precision than the data:
 * a month-precision date reads "Oct 2016" ("oct 2016", "octubre de 2016"),
 * never "1 Oct 2016", in the interface's language (issue 22).
 *
 * English keeps the labels every published page, feed and export has used
 * ("3 Sep 2016", english-months.ts); the other languages take their own order,
 * month names and words from the browser's Intl.DateTimeFormat, which knows
 * that Spanish writes "octubre de 2016" and German "3. Okt. 2016".
 */


const INTL_PARTS: Record<'short' | 'long', Record<Precision, Intl.DateTimeFormatOptions>> = {
  short: { year: { year: 'numeric' }, month: { month: 'short', year: 'numeric' }, day: { day: 'numeric', month: 'short', year: 'numeric' } },
  long: { year: { year: 'numeric' }, month: { month: 'long', year: 'numeric' }, day: { day: 'numeric', month: 'long', year: 'numeric' } },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

function calendarLabel(point: Pick<DatePoint, 'parts' | 'precision'>, style: 'short' | 'long', locale: CatalogLocale): string {
  const dateLocale = dateLocaleOf(locale);
  if (dateLocale === 'en-GB') return englishCalendar(point.parts.slice(0, point.precision === 'year' ? 1 : point.precision === 'month' ? 2 : 3), style);
  const key = `${dateLocale}|${style}|${point.precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale, { ...INTL_PARTS[style][point.precision], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  const [year = 0, month = 1, day = 1] = point.parts;
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  return formatter.format(utc);
}

function pointLabel(point: DatePoint, style: 'short' | 'long', locale: CatalogLocale): string {
  let label = calendarLabel(point, style, locale);
  if (point.approximate)
    label = style === 'short' ? i18n._('c. {date}', { date: label }) : i18n._('about {date}', { date: label });
  // "?" after a date the sources are unsure of; Arabic writes "؟".
  if (point.uncertain) label = i18n._('{date}?', { date: label });
  return label;
}

// Formatting costs ~20 µs; the timeline labels up to 500 items per view, and datasets repeat dates.
const labels = new Map<string, Map<string, string>>();
const LABELS_KEPT = 10_000;

export function formatEdtf(date: EdtfDate, style: 'short' | 'long' = 'short'): string {
  const locale = i18n.locale as CatalogLocale;
  const cacheKey = `${locale}|${style}`;
  let cache = labels.get(cacheKey);
  if (!cache) labels.set(cacheKey, (cache = new Map()));
  let label = cache.get(date.text);
  if (label === undefined) {
    const from = pointLabel(date.from, style, locale);
    label = date.isRange ? i18n._('{from} – {to}', { from, to: pointLabel(date.to, style, locale) }) : from;
    if (cache.size >= LABELS_KEPT) cache.clear();
    cache.set(date.text, label);
  }
  return label;
}

/**
 * A calendar day the interface itself names (a filter's bounds, "new since"), written
 * as event days are: "3 Oct 2016", "3 oct 2016". Written parts only, so no EDTF parser
 * comes into the first view for it; anything that is not YYYY-MM-DD stays as it is.
 */
export function formatCalendarDay(day: string, style: 'short' | 'long' = 'short'): string {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return calendarLabel({ parts: match.slice(1).map(Number), precision: 'day' }, style, i18n.locale as CatalogLocale);
}

/** One sentence on how precise the date is, for the event panel and screen readers. */
export function describePrecision(date: EdtfDate): string {
  const points = date.isRange ? [date.from, date.to] : [date.from];
  const coarsest = points.reduce<Precision>((acc, p) => (order(p.precision) < order(acc) ? p.precision : acc), 'day');
  // Whole phrases, one per case, so each language words them its own way.
  const words = [date.isRange ? periodWords(coarsest) : pointWords(coarsest)];
  if (points.some((p) => p.approximate)) words.push(i18n._('approximate'));
  if (points.some((p) => p.uncertain)) words.push(i18n._('uncertain'));
  return i18n._('{words}.', { words: words.join(i18n._('; ')) });
}

function pointWords(precision: Precision): string {
  if (precision === 'year') return i18n._('Known to the year');
  if (precision === 'month') return i18n._('Known to the month');
  return i18n._('Known to the day');
}

function periodWords(precision: Precision): string {
  if (precision === 'year') return i18n._('A period, known to the year');
  if (precision === 'month') return i18n._('A period, known to the month');
  return i18n._('A period, known to the day');
}

function order(precision: Precision): number {
  return precision === 'year' ? 0 : precision === 'month' ? 1 : 2;
}
