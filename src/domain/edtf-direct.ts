/**
 * The direct reader of EDTF dates: plain years, months and days, with an
 * optional trailing qualifier, and intervals of two such dates. That covers
 * nearly every real date, and needs no library; `readEdtfDirectly` says
 * `null` for anything else, which `parseEdtf` (edtf.ts) then hands to the
 * `edtf` package. The app loads that package only for such dates.
 */

export type Precision = 'year' | 'month' | 'day';

export interface DatePoint {
  /** First millisecond of the period, UTC. */
  start: number;
  /** Last millisecond of the period, UTC (inclusive). */
  end: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** Calendar parts as written: year, then month 1–12 and day where given. */
  parts: readonly number[];
}

export interface EdtfDate {
  text: string;
  isRange: boolean;
  /** For a single date, `from` and `to` are the same point. */
  from: DatePoint;
  to: DatePoint;
  /** Convenience copies of `from.start` and `to.end`. */
  start: number;
  end: number;
}

export type EdtfResult = { ok: true; value: EdtfDate } | { ok: false; error: string };

/**
 * A UTC millisecond, months and days rolling over. Date.UTC reads years 0–99
 * as 1900–1999; setUTCFullYear does not, but needs a Date object each time.
 */
const utc = (y: number, m: number, d: number) => (y >= 100 ? Date.UTC(y, m, d) : new Date(0).setUTCFullYear(y, m, d));

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!);

// Plain years, months and days with an optional trailing qualifier cover nearly
// every real date; they are read directly, character by character (no regular
// expression, no substrings: this runs once per event of a large file), in the
// shape YYYY, YYYY-MM or YYYY-MM-DD, then ~, ? or %. Anything else goes to the library.
const DASH = 45;
const QUALIFIERS = new Set(['~', '?', '%']);

/** The number written by `count` ASCII digits at `from`, or -1. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function simplePoint(text: string): DatePoint | null | 'invalid' {
  const qualifier = QUALIFIERS.has(text[text.length - 1] ?? '') ? text[text.length - 1] : undefined;
  const length = qualifier ? text.length - 1 : text.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digitsAt(text, 0, 4);
  if (year < 0) return null;
  let month: number | undefined;
  let day: number | undefined;
  if (length >= 7) {
    month = text.charCodeAt(4) === DASH ? digitsAt(text, 5, 2) : -1;
    if (month < 0) return null;
  }
  if (length === 10) {
    day = text.charCodeAt(7) === DASH ? digitsAt(text, 8, 2) : -1;
    if (day < 0) return null;
  }
  if (month !== undefined && (month < 1 || month > 12)) return null; // seasons (21–24) and errors: the library explains
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return 'invalid';
  const start = utc(year, (month ?? 1) - 1, day ?? 1);
  const end =
    (day !== undefined ? utc(year, month! - 1, day + 1) : month !== undefined ? utc(year, month, 1) : utc(year + 1, 0, 1)) - 1;
  return {
    start,
    end,
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    parts: day !== undefined ? [year, month!, day] : month !== undefined ? [year, month] : [year],
  };
}

/** The date, when the direct reader can decide; `null` when the library has to (or has to word the problem). */
export function readEdtfDirectly(text: string): EdtfResult | null {
  const refused = refuseOutright(text);
  if (refused) return refused;
  return parseFast(text);
}

function parseFast(text: string): EdtfResult | null {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const point = simplePoint(text);
    if (point === null || point === 'invalid') return null;
    return { ok: true, value: { text, isRange: false, from: point, to: point, start: point.start, end: point.end } };
  }
  const from = simplePoint(text.slice(0, slash));
  const to = simplePoint(text.slice(slash + 1));
  if (from === null || to === null || from === 'invalid' || to === 'invalid' || to.end < from.start) return null;
  return { ok: true, value: { text, isRange: true, from, to, start: from.start, end: to.end } };
}

/** Refusals that come before any reading: an empty or overlong string. */
export function refuseOutright(text: string): EdtfResult | null {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, error: 'the date is empty' };
  if (text.length > 64) return { ok: false, error: 'the date is longer than 64 characters' };
  return null;
}

