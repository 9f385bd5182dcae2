import edtf, { parse } from 'edtf';
import { daysInMonth, readEdtfDirectly, refuseOutright, type DatePoint, type EdtfResult, type Precision } from './edtf-direct';

export type { DatePoint, EdtfDate, EdtfResult, Precision } from './edtf-direct';

/**
 * Extended Date/Time Format (EDTF, ISO 8601-2) levels 0 and 1, reduced to
 * what the app needs: where a date starts and ends, how precise each bound is,
 * and whether the sources call it approximate (`~`) or uncertain (`?`).
 *
 * Plain dates are read directly (edtf-direct.ts); the rest is delegated to
 * the `edtf` package, whose output this module narrows and whose errors it
 * turns into sentences a data author can act on.
 */

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with a date that has the right shape (YYYY-MM-DD, YYYY-MM) but
 * no such month or day, in words: "February 2021 has 28 days". Null when the
 * shape itself is wrong, or the date exists (issue 20).
 */
export function describeImpossibleDate(part: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?[~?%]?$/.exec(part);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    // 21–24 and 33–41 are EDTF's seasons and quarters, which the app does not read either.
    return `there is no month ${match[2]} (months run from 01 to 12${month === 0 ? '' : '; is the day before the month?'})`;
  }
  if (match[3] === undefined) return null;
  const day = Number(match[3]);
  const days = daysInMonth(year, month);
  if (day === 0) return 'there is no day 00 (days of the month start at 01)';
  if (day > days) return `${MONTHS[month - 1]} ${match[1]} has ${days} days`;
  return null;
}

function describeSyntaxError(text: string, message: string): string {
  if (/invalid upper bound|lower bound/i.test(message)) return `"${text}" ends before it starts`;
  if (/Invalid time value/i.test(message)) return `"${text}" has an open or unknown end; give both ends of the interval`;
  const halves = text.split('/');
  const impossible = halves.map(describeImpossibleDate).find(Boolean);
  if (impossible) return `"${text}" is not a calendar date: ${impossible}`;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/.test(text)) return `"${text}" puts the year last; write year, month, day (like 2016-10-16)`;
  return `"${text}" is not an EDTF date (expected forms like 2016-10-16, 2016-10, 2012, 2016-09/2017-07, 2018-11~, 2018?)`;
}

interface ParseResult {
  type: string;
  values: (number | ParseResult | null)[];
}

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
      if (day > days) return `"${text}" is not a calendar date: ${MONTHS[month]} ${year} has ${days} days`;
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

// The library's readings are slow enough to keep; results are immutable, so one
// object can serve every event with that date. The fast path is cheaper than a
// lookup in a map of 100,000 dates, so it is not cached.
const cache = new Map<string, EdtfResult>();
const CACHE_LIMIT = 10_000;

export function parseEdtf(text: string): EdtfResult {
  const direct = readEdtfDirectly(text);
  if (direct) return direct;
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
