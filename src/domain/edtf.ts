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

export function parseEdtf(text: string): EdtfResult {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, error: 'the date is empty' };
  if (text.length > 64) return { ok: false, error: 'the date is longer than 64 characters' };
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
      const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      if (day > daysInMonth) return `"${text}" is not a calendar date (that month has ${daysInMonth} days)`;
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
