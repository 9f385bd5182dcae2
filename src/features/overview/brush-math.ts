import { i18n } from '../../i18n/i18n';
import { dateLocaleOf, type CatalogLocale } from '../../i18n/locales';
import type { TimeWindow } from '../../store/app-store';
import { forwardArrow } from '../../lib/direction';

/**
 * The brush's arithmetic, free of the DOM: a window of time moved, resized
 * and clamped inside the strip's domain. Times are UTC milliseconds.
 */

const DAY = 86_400_000;
/** The timeline's own closest zoom. */
export const MIN_WIDTH = DAY;

export type Domain = TimeWindow;

export const toFraction = (time: number, domain: Domain) => (time - domain.start) / (domain.end - domain.start);
export const toTime = (fraction: number, domain: Domain) => domain.start + fraction * (domain.end - domain.start);

/** Keeps the width (within [MIN_WIDTH, domain width]) and shifts the window inside the domain. */
export function clampWindow(window: TimeWindow, domain: Domain): TimeWindow {
  const width = Math.min(Math.max(window.end - window.start, MIN_WIDTH), domain.end - domain.start);
  const start = Math.min(Math.max(window.start, domain.start), domain.end - width);
  return { start, end: start + width };
}

export function moveWindow(window: TimeWindow, delta: number, domain: Domain): TimeWindow {
  return clampWindow({ start: window.start + delta, end: window.end + delta }, domain);
}

/** Moves one edge to `time`; the other edge stays, and the window keeps at least MIN_WIDTH. */
export function resizeEdge(window: TimeWindow, edge: 'start' | 'end', time: number, domain: Domain): TimeWindow {
  if (edge === 'start') {
    const start = Math.min(Math.max(time, domain.start), window.end - MIN_WIDTH);
    return { start, end: window.end };
  }
  const end = Math.max(Math.min(time, domain.end), window.start + MIN_WIDTH);
  return { start: window.start, end };
}

/** The same width, centred on `time`: a click on the strip goes there. */
export function centreOn(window: TimeWindow, time: number, domain: Domain): TimeWindow {
  const half = (window.end - window.start) / 2;
  return clampWindow({ start: time - half, end: time + half }, domain);
}

/** factor < 1 narrows (zooms in), > 1 widens, around the centre. */
export function scaleWindow(window: TimeWindow, factor: number, domain: Domain): TimeWindow {
  const centre = (window.start + window.end) / 2;
  const half = ((window.end - window.start) * factor) / 2;
  return clampWindow({ start: centre - half, end: centre + half }, domain);
}

/**
 * What a key does to the window, as the slider pattern has it; null for keys it
 * ignores. The arrow pointing the reading way goes later, as everywhere else
 * (`forwardArrow`): ArrowLeft on a strip drawn right to left (issue 22).
 */
export function windowForKey(key: string, window: TimeWindow, domain: Domain, rtl = false): TimeWindow | null {
  const width = window.end - window.start;
  const { forward, back } = forwardArrow(rtl);
  switch (key) {
    case back:
    case 'ArrowDown':
      return moveWindow(window, -width * 0.1, domain);
    case forward:
    case 'ArrowUp':
      return moveWindow(window, width * 0.1, domain);
    case 'PageDown':
      return moveWindow(window, -width, domain);
    case 'PageUp':
      return moveWindow(window, width, domain);
    case 'Home':
      return clampWindow({ start: domain.start, end: domain.start + width }, domain);
    case 'End':
      return clampWindow({ start: domain.end - width, end: domain.end }, domain);
    case '+':
    case '=':
      return scaleWindow(window, 0.5, domain);
    case '-':
    case '_':
      return scaleWindow(window, 2, domain);
    default:
      return null;
  }
}

const PARTS = {
  day: { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' },
  month: { timeZone: 'UTC', month: 'long', year: 'numeric' },
} as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "3 October 2016" or "October 2016", in the interface's language ("3 de octubre de 2016"). */
function longDate(time: number, precision: keyof typeof PARTS): string {
  const dateLocale = dateLocaleOf(i18n.locale as CatalogLocale);
  const key = `${dateLocale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(dateLocale, PARTS[precision]);
    formatters.set(key, formatter);
  }
  return formatter.format(time);
}

/** The month a time falls in, in words: "October 2016". */
export const monthLabel = (time: number): string => longDate(time, 'month');

/** The window in words for screen readers: days while it is under two years wide, months beyond. */
export function describeWindow(window: TimeWindow): string {
  const precision = window.end - window.start < 2 * 365 * DAY ? 'day' : 'month';
  return i18n._('{from} to {to}', { from: longDate(window.start, precision), to: longDate(window.end, precision) });
}
