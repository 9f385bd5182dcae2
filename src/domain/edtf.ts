import edtf, { parse } from 'edtf';

/**
 * Extended Date/Time Format (EDTF, ISO 8601-2) levels 0 and 1, reduced to
 * what the app needs: where a date starts and ends, how precise each bound is,
 * and whether the sources call it approximate (`~`) or uncertain (`?`).
 *
 * Parsing is delegated to the `edtf` package; this module only narrows its
 * output and turns its errors into sentences a data author can act on.
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

const PRECISIONS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };

interface EdtfLibDate {
  min: number;
  max: number;
  precision: number;
  values: number[];
  approximate?: { value: number };
  uncertain?: { value: number };
  unspecified?: { value: number };
}

function toPoint(date: EdtfLibDate): DatePoint | string {
  if (date.unspecified && date.unspecified.value !== 0) return 'unspecified digits (X) are not supported';
  const precision = PRECISIONS[date.precision];
  if (!precision) return 'a date needs a year, a month or a day';
  if (!Number.isFinite(date.min) || !Number.isFinite(date.max)) return 'the date is out of range';
  const [year, month, day] = date.values;
  const parts = [year ?? 0, ...(month === undefined ? [] : [month + 1]), ...(day === undefined ? [] : [day])];
  return {
    start: date.min,
    end: date.max,
    precision,
    approximate: (date.approximate?.value ?? 0) !== 0,
    uncertain: (date.uncertain?.value ?? 0) !== 0,
    parts,
  };
}

function describeSyntaxError(text: string, message: string): string {
  if (/invalid upper bound|lower bound/i.test(message)) return `"${text}" ends before it starts`;
  if (/Invalid time value/i.test(message)) return `"${text}" has an open or unknown end; give both ends of the interval`;
  return `"${text}" is not an EDTF date (expected forms like 2016-10-16, 2016-10, 2012, 2016-09/2017-07, 2018-11~, 2018?)`;
}

interface ParseResult {
  type: string;
  values: (number | ParseResult | null)[];
}

/**
 * A UTC millisecond, months and days rolling over. Date.UTC reads years 0–99
 * as 1900–1999; setUTCFullYear does not, but needs a Date object each time.
 */
const utc = (y: number, m: number, d: number) => (y >= 100 ? Date.UTC(y, m, d) : new Date(0).setUTCFullYear(y, m, d));

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!);

/** The library's grammar is thorough but slow (~0.1 ms a date); it handles what the fast path does not. */
function parseWithLibrary(text: string): EdtfResult {
  // The grammar's result names its type as a string; the library's objects name
  // theirs after their class, which minification renames. So read `type` from here.
  let parsed: ParseResult;
  try {
    parsed = parse(text, { level: 1 }) as ParseResult;
  } catch (error) {
    return { ok: false, error: describeSyntaxError(text, error instanceof Error ? error.message : String(error)) };
  }

  const point = (result: unknown): DatePoint | string => {
    if (!result || typeof result !== 'object' || typeof (result as ParseResult).type !== 'string') {
      return 'an open or unknown end is not supported; give both ends of the interval';
    }
    const { type, values } = result as ParseResult;
    if (type !== 'Date') return `${type.toLowerCase()}s are not supported; write a year, month or day`;
    // The library rolls an impossible day over (2019-02-29 becomes 1 March); refuse it instead.
    const [year, month, day] = values;
    if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number') {
      const days = daysInMonth(year, month + 1); // the grammar counts months from 0
      if (day > days) return `"${text}" is not a calendar date (that month has ${days} days)`;
    }
    try {
      return toPoint(edtf(result) as EdtfLibDate);
    } catch (error) {
      return describeSyntaxError(text, error instanceof Error ? error.message : String(error));
    }
  };

  if (parsed.type === 'Interval') {
    const [lower, upper] = parsed.values;
    const from = point(lower);
    const to = point(upper);
    if (typeof from === 'string') return { ok: false, error: `"${text}": ${from}` };
    if (typeof to === 'string') return { ok: false, error: `"${text}": ${to}` };
    if (to.end < from.start) return { ok: false, error: `"${text}" ends before it starts` };
    return { ok: true, value: { text, isRange: true, from, to, start: from.start, end: to.end } };
  }

  const single = point(parsed);
  if (typeof single === 'string') return { ok: false, error: single.startsWith('"') ? single : `"${text}": ${single}` };
  return { ok: true, value: { text, isRange: false, from: single, to: single, start: single.start, end: single.end } };
}

// Plain years, months and days with an optional trailing qualifier cover nearly
// every real date; they are read directly. Anything else goes to the library.
const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

function simplePoint(text: string): DatePoint | null | 'invalid' {
  const match = SIMPLE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null; // seasons (21–24) and errors: the library explains
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return 'invalid';
  const start = utc(year, (month ?? 1) - 1, day ?? 1);
  const end =
    (day !== undefined ? utc(year, month! - 1, day + 1) : month !== undefined ? utc(year, month, 1) : utc(year + 1, 0, 1)) - 1;
  const qualifier = match[4];
  return {
    start,
    end,
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
    parts: day !== undefined ? [year, month!, day] : month !== undefined ? [year, month] : [year],
  };
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

// The library's readings are slow enough to keep; results are immutable, so one
// object can serve every event with that date. The fast path is cheaper than a
// lookup in a map of 100,000 dates, so it is not cached.
const cache = new Map<string, EdtfResult>();
const CACHE_LIMIT = 10_000;

/** Refusals that come before any reading: an empty or overlong string. */
function refuseOutright(text: string): EdtfResult | null {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, error: 'the date is empty' };
  if (text.length > 64) return { ok: false, error: 'the date is longer than 64 characters' };
  return null;
}

export function parseEdtf(text: string): EdtfResult {
  const refused = refuseOutright(text);
  if (refused) return refused;
  const fast = parseFast(text);
  if (fast) return fast;
  let result = cache.get(text);
  if (!result) {
    result = parseWithLibrary(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  }
  return result;
}

/** For tests: the library's reading, bypassing the fast path and the cache. */
export const parseEdtfWithLibrary = (text: string): EdtfResult => refuseOutright(text) ?? parseWithLibrary(text);
