import type { TimeWindow } from './app-store';

/**
 * Pure arithmetic on time windows (UTC milliseconds), shared by the timeline,
 * the overview and the URL so that all three agree on what "the same window"
 * and "the window that shows these events" mean.
 */

export const DAY = 86_400_000;

/** How far a window may reach and how narrow it may get. */
export interface Limits {
  min: number;
  max: number;
  /** The narrowest window, in milliseconds. */
  zoomMin: number;
}

/** The window moved and shrunk into the limits, as vis-timeline would clamp it (so we know its answer in advance). */
export function clampWindow(window: TimeWindow, limits: Limits): TimeWindow {
  const room = limits.max - limits.min;
  let width = Math.min(Math.max(window.end - window.start, limits.zoomMin), room);
  if (!Number.isFinite(width) || width <= 0) width = room;
  const middle = Number.isFinite(window.start + window.end) ? (window.start + window.end) / 2 : limits.min + room / 2;
  let start = middle - width / 2;
  start = Math.min(Math.max(start, limits.min), limits.max - width);
  return { start, end: start + width };
}

/**
 * Two windows are the same when neither edge differs by more than 0.2 % of
 * the wider one: below a pixel on any screen, above the rounding of the URL's
 * times and of the widget's own arithmetic.
 */
export function sameWindow(a: TimeWindow | null, b: TimeWindow | null, tolerance = 0.002): boolean {
  if (!a || !b) return a === b;
  const slack = Math.max(a.end - a.start, b.end - b.start) * tolerance;
  return Math.abs(a.start - b.start) <= slack && Math.abs(a.end - b.end) <= slack;
}

/** A window of `width` centred on `time`. */
export function centredOn(time: number, width: number): TimeWindow {
  return { start: time - width / 2, end: time + width / 2 };
}

/** Zooms by `factor` (< 1 in) keeping `anchor` at the same place on screen. */
export function zoomAround(window: TimeWindow, factor: number, anchor = (window.start + window.end) / 2): TimeWindow {
  return { start: anchor - (anchor - window.start) * factor, end: anchor + (window.end - anchor) * factor };
}

/** Moves by `fraction` of the window's width (negative: to the past). */
export function panBy(window: TimeWindow, fraction: number): TimeWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/**
 * The window that shows a period whole, with room around it: more on the
 * right, where point events' labels run, so the last one's title is not cut.
 * At least `minWidth` wide, so a single event is shown in its context.
 */
export function windowAround(period: TimeWindow, minWidth = 60 * DAY): TimeWindow {
  const length = Math.max(period.end - period.start, 0);
  const padded = { start: period.start - length * 0.06, end: period.end + length * 0.22 };
  const width = padded.end - padded.start;
  if (width >= minWidth) return padded;
  const grow = (minWidth - width) / 2;
  return { start: padded.start - grow, end: padded.end + grow };
}

/** Whether `window` shows all of `period`. */
export function showsAll(window: TimeWindow, period: TimeWindow): boolean {
  return window.start <= period.start && window.end >= period.end;
}
