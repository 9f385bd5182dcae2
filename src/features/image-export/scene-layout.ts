import { i18n } from '../../i18n/i18n';
import { axisTicks } from './axis-ticks';
import { layoutPlot, type PlacedEvent, type PlotEvent } from './plot-layout';
import { wrapToWidth, type Measure } from './shorten';

/**
 * The whole picture, in CSS pixels of a 1600 px page: the title, the filters
 * in effect and the period shown above; the axis and the events; the legend
 * of the colours used and the credit line (the sources' outlets and the
 * site's address) below. Pure, so its geometry is unit-tested; scene-svg.ts
 * draws it.
 */

export const IMAGE_WIDTH = 1600;
const MARGIN = 40;
export const ROW_HEIGHT = 30;
/** Rows kept even for an empty or sparse view, so the picture never collapses to a strip. */
const MIN_ROWS = 3;
/** A tick's label starts this far right of its line. */
export const TICK_LABEL_OFFSET = 4;

export const SIZES = { title: 28, line: 16, axis: 13, legend: 13, credit: 13 } as const;

export interface TextLine {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  muted?: boolean;
  /** What the line is, for the tests and as a class in the SVG. */
  role: 'title' | 'filters' | 'period' | 'empty' | 'credit';
}

export interface SceneInput {
  title: string;
  filtersLine: string;
  periodLine: string;
  creditLine: string;
  window: { start: number; end: number };
  events: readonly PlotEvent[];
  /** The tags whose colours are used, in the legend's order. */
  legend: readonly { slot: number; label: string }[];
  measure: Measure;
}

export interface Scene {
  width: number;
  height: number;
  lines: TextLine[];
  axis: { y: number; top: number; bottom: number; ticks: { x: number; label: string; major: boolean }[] };
  /** The plot's left edge and first row's top; events' x are from `left`. */
  plot: { left: number; top: number; width: number; rows: number };
  events: PlacedEvent[];
  legend: { x: number; y: number; slot: number; label: string }[];
}

export function layoutScene(input: SceneInput): Scene {
  const { measure } = input;
  const width = IMAGE_WIDTH;
  const inner = width - 2 * MARGIN;
  const lines: TextLine[] = [];
  let y = MARGIN + SIZES.title * 0.8;
  for (const text of wrapToWidth(input.title, inner, SIZES.title, (t, s) => measure(t, s, true))) {
    lines.push({ x: MARGIN, y, text, size: SIZES.title, bold: true, role: 'title' });
    y += SIZES.title * 1.25;
  }
  y += 4;
  for (const [role, text] of [['filters', input.filtersLine], ['period', input.periodLine]] as const) {
    for (const part of wrapToWidth(text, inner, SIZES.line, measure)) {
      lines.push({ x: MARGIN, y, text: part, size: SIZES.line, muted: role === 'filters', role });
      y += SIZES.line * 1.4;
    }
  }

  // The axis: labels, then the line the grid hangs from.
  const axisY = y + 14;
  const plotTop = axisY + 16;
  const events = layoutPlot(input.events, input.window, inner, measure);
  const rows = Math.max(MIN_ROWS, ...events.map((e) => e.row + 1));
  const bottom = plotTop + rows * ROW_HEIGHT;
  const ticks = axisTicks(input.window.start, input.window.end, inner).map((t) => {
    const x = MARGIN + ((t.time - input.window.start) / (input.window.end - input.window.start)) * inner;
    // A label reads rightwards from its line; one that would run off the picture keeps its line only.
    const fits = x + TICK_LABEL_OFFSET + measure(t.label, SIZES.axis) <= width - MARGIN;
    return { x, label: fits ? t.label : '', major: t.major };
  });
  if (events.length === 0) {
    lines.push({ x: MARGIN, y: plotTop + ROW_HEIGHT, text: i18n._('No event of the filters falls in this period.'), size: SIZES.line, muted: true, role: 'empty' });
  }

  // The legend: one swatch and label per colour used, wrapping onto further lines.
  const legend: Scene['legend'] = [];
  let lx = MARGIN;
  let ly = bottom + 30;
  for (const entry of input.legend) {
    const w = 22 + measure(entry.label, SIZES.legend) + 24;
    if (lx + w > width - MARGIN && lx > MARGIN) {
      lx = MARGIN;
      ly += 22;
    }
    legend.push({ x: lx, y: ly, slot: entry.slot, label: entry.label });
    lx += w;
  }

  y = (legend.length ? ly + 34 : bottom + 34);
  for (const text of wrapToWidth(input.creditLine, inner, SIZES.credit, measure)) {
    lines.push({ x: MARGIN, y, text, size: SIZES.credit, muted: true, role: 'credit' });
    y += SIZES.credit * 1.45;
  }
  return {
    width,
    height: Math.ceil(y + MARGIN - SIZES.credit),
    lines,
    axis: { y: axisY, top: axisY, bottom, ticks },
    plot: { left: MARGIN, top: plotTop, width: inner, rows },
    events,
    legend,
  };
}
