import type { TimeWindow } from './app-store';

/**
 * The whole dataset with a little air on each side: what "Fit all" shows, and
 * what the overview strip spans. Shared so the timeline and the strip agree.
 */
export function fullWindow(span: { start: number; end: number }): TimeWindow {
  const pad = (span.end - span.start) * 0.03;
  return { start: span.start - pad, end: span.end + pad };
}
