import { format } from 'date-fns';
import type { DatePoint, EdtfDate, Precision } from './edtf';

/**
 * Human labels for EDTF dates that never claim more precision than the data:
 * a month-precision date reads "Oct 2016", never "1 Oct 2016".
 */

const SHORT: Record<Precision, string> = { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy' };
const LONG: Record<Precision, string> = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' };

/** A local calendar date built from the written parts, so no time zone can shift the day. */
function calendarDate(point: DatePoint): Date {
  const [year = 0, month = 1, day = 1] = point.parts;
  const date = new Date(2000, month - 1, day);
  date.setFullYear(year);
  return date;
}

function pointLabel(point: DatePoint, style: 'short' | 'long'): string {
  const base = format(calendarDate(point), (style === 'short' ? SHORT : LONG)[point.precision]);
  const circa = point.approximate ? (style === 'short' ? 'c. ' : 'about ') : '';
  const doubt = point.uncertain ? '?' : '';
  return `${circa}${base}${doubt}`;
}

// date-fns' format costs ~20 µs; the timeline labels up to 500 items per view, and datasets repeat dates.
const labels = { short: new Map<string, string>(), long: new Map<string, string>() };
const LABELS_KEPT = 10_000;

export function formatEdtf(date: EdtfDate, style: 'short' | 'long' = 'short'): string {
  const cache = labels[style];
  let label = cache.get(date.text);
  if (label === undefined) {
    label = date.isRange ? `${pointLabel(date.from, style)} – ${pointLabel(date.to, style)}` : pointLabel(date.from, style);
    if (cache.size >= LABELS_KEPT) cache.clear();
    cache.set(date.text, label);
  }
  return label;
}

const PRECISION_WORDS: Record<Precision, string> = {
  year: 'known to the year',
  month: 'known to the month',
  day: 'known to the day',
};

/** One sentence on how precise the date is, for the event panel and screen readers. */
export function describePrecision(date: EdtfDate): string {
  const points = date.isRange ? [date.from, date.to] : [date.from];
  const coarsest = points.reduce<Precision>((acc, p) => (order(p.precision) < order(acc) ? p.precision : acc), 'day');
  const words = [date.isRange ? `A period, ${PRECISION_WORDS[coarsest]}` : PRECISION_WORDS[coarsest].replace(/^k/, 'K')];
  if (points.some((p) => p.approximate)) words.push('approximate');
  if (points.some((p) => p.uncertain)) words.push('uncertain');
  return words.join('; ') + '.';
}

function order(precision: Precision): number {
  return precision === 'year' ? 0 : precision === 'month' ? 1 : 2;
}
