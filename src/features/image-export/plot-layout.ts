import { i18n } from '../../i18n/i18n';
import type { Measure } from './shorten';
import { shortenToWidth } from './shorten';

/**
 * Where each event goes in the picture: x from the timeline's own window
 * (the same start and end the widget shows), shapes as the widget draws them
 * (a day is a dot, a month or year a hatched bar over the whole of it, a
 * period a solid bar), rows stacked as the widget stacks them (short spans
 * first), and every label whole or shortened at a word, inside the picture.
 * Pure: fonts are measured by the caller.
 */

export type Shape = 'dot' | 'hatched' | 'solid';

export interface PlotEvent {
  id: string;
  title: string;
  dateLabel: string;
  /** UTC ms; `end` is exclusive, equal to `start` for a day's dot. */
  start: number;
  end: number;
  shape: Shape;
  /** Tag colour slot, as the widget's `tag-N` classes. */
  slot: number;
  approximate: boolean;
  disputed: boolean;
}

export interface PlacedEvent extends PlotEvent {
  /** The mark: a dot's centre is x1 = x2; a bar runs x1 to x2, clipped to the plot. */
  x1: number;
  x2: number;
  row: number;
  /** The label's left edge, and the title as drawn (whole, or shortened with an ellipsis). */
  labelX: number;
  shownTitle: string;
  labelWidth: number;
}

export const FONT = { date: 12, title: 14, flag: 10 } as const;
export const DOT_RADIUS = 6;
/** The word on a disputed event's flag, in the interface's language when the picture is made. */
export const flagLabel = (): string => i18n._('DISPUTED');
/** Space between a mark and its label, the date and the title, and the title and the flag. */
export const GAP = 6;
/** Horizontal space kept between two items on one row. */
const ITEM_MARGIN = 10;
/** The flag's pill around its word. */
export const FLAG_PADDING = 6;

export const flagWidth = (measure: Measure) => measure(flagLabel(), FONT.flag, true) + 2 * FLAG_PADDING;

/** The label's parts laid end to end: date, title, flag. */
export function labelWidth(event: Pick<PlotEvent, 'dateLabel' | 'disputed'>, title: string, measure: Measure): number {
  const date = measure(event.dateLabel, FONT.date);
  const flag = event.disputed ? GAP + flagWidth(measure) : 0;
  return date + (title ? GAP + measure(title, FONT.title) : 0) + flag;
}

interface Candidate {
  labelX: number;
  title: string;
  width: number;
}

/** The label's possible places, the usual one first: after the mark, before it, or shortened where it has more room. */
function candidates(event: PlotEvent, x1: number, x2: number, width: number, measure: Measure): Candidate[] {
  const full = labelWidth(event, event.title, measure);
  const isDot = event.shape === 'dot';
  const after = isDot ? x2 + DOT_RADIUS + GAP : x2 - x1 >= full + 2 * GAP ? x1 + GAP : x2 + GAP;
  const beforeEnd = (isDot ? x1 - DOT_RADIUS : x1) - GAP;
  const places: Candidate[] = [];
  if (after + full <= width) places.push({ labelX: after, title: event.title, width: full });
  if (beforeEnd - full >= 0) places.push({ labelX: beforeEnd - full, title: event.title, width: full });
  if (places.length) return places;
  // Neither side holds it whole: shorten it on the side with more room (on a bar, on the bar itself when it is wide).
  const onBar = !isDot && x2 - x1 > width / 4 ? { from: x1 + GAP, room: x2 - x1 - 2 * GAP } : null;
  const afterRoom = width - after;
  const side = onBar ?? (afterRoom >= beforeEnd ? { from: after, room: afterRoom } : { from: 0, room: beforeEnd });
  const rest = labelWidth(event, '', measure) + GAP;
  const title = shortenToWidth(event.title, side.room - rest, FONT.title, measure);
  const shortWidth = labelWidth(event, title, measure);
  const labelX = side === onBar || side.from !== 0 ? side.from : Math.max(0, beforeEnd - shortWidth);
  return [{ labelX, title, width: shortWidth }];
}

/** The span an item takes on its row: its mark and its label. */
const extent = (x1: number, x2: number, c: Candidate, isDot: boolean) => ({
  left: Math.min(isDot ? x1 - DOT_RADIUS : x1, c.labelX),
  right: Math.max(isDot ? x2 + DOT_RADIUS : x2, c.labelX + c.width),
});

/** The widget's order: short spans above long ones, then by date. */
const byWidgetOrder = (a: PlotEvent, b: PlotEvent) => a.end - a.start - (b.end - b.start) || a.start - b.start || a.id.localeCompare(b.id);

/** Lays out the events that meet the window on a plot `width` pixels wide. */
export function layoutPlot(events: readonly PlotEvent[], window: { start: number; end: number }, width: number, measure: Measure): PlacedEvent[] {
  const span = window.end - window.start;
  const xOf = (time: number) => ((time - window.start) / span) * width;
  const rows: { left: number; right: number }[][] = [];
  const free = (row: number, left: number, right: number) =>
    (rows[row] ?? []).every((taken) => right + ITEM_MARGIN <= taken.left || left >= taken.right + ITEM_MARGIN);
  const placed: PlacedEvent[] = [];
  const inView = events.filter((e) => (e.shape === 'dot' ? e.start >= window.start && e.start <= window.end : e.end > window.start && e.start < window.end));
  for (const event of [...inView].sort(byWidgetOrder)) {
    const x1 = Math.max(0, xOf(event.start));
    // A month seen at the scale of years is still a visible bar, as the widget draws it.
    const x2 = event.shape === 'dot' ? x1 : Math.min(width, Math.max(xOf(event.end), x1 + 3));
    let best: { row: number; c: Candidate } | null = null;
    for (const c of candidates(event, x1, x2, width, measure)) {
      const { left, right } = extent(x1, x2, c, event.shape === 'dot');
      let row = 0;
      while (!free(row, left, right)) row++;
      if (!best || row < best.row) best = { row, c };
    }
    const { row, c } = best!;
    (rows[row] ??= []).push(extent(x1, x2, c, event.shape === 'dot'));
    placed.push({ ...event, x1, x2, row, labelX: c.labelX, shownTitle: c.title, labelWidth: c.width });
  }
  return placed;
}
