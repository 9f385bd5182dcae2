import { DOT_RADIUS, FLAG_PADDING, FONT, GAP, flagLabel, flagWidth, type PlacedEvent } from './plot-layout';
import { ROW_HEIGHT, SIZES, TICK_LABEL_OFFSET, type Scene } from './scene-layout';
import type { Measure } from './shorten';

/**
 * The scene as an SVG document, built node by node with the DOM
 * (createElementNS, textContent): every title is a <text> a reader can search,
 * and no data is ever written into markup. Light theme, whatever the screen's:
 * a picture is printed and pasted onto white pages.
 */

const SVG = 'http://www.w3.org/2000/svg';
/** Families every system has; the page loads no font files (font-src 'none'), so neither does the picture. */
export const FONT_FAMILY = 'Helvetica, Arial, sans-serif';

/** The light theme's colours (src/app/styles.css :root), written out: the picture is drawn without the page's CSS. */
const THEME = { bg: '#ffffff', text: '#1a1d21', muted: '#4a5260', border: '#c9ced6', warnBg: '#fff4d6', warnBorder: '#b98900' };
export const TAG_COLORS = ['#1f77b4', '#c2410c', '#2e7d32', '#b3261e', '#6a3d9a', '#8c564b', '#ad1f82', '#4b5563', '#0f766e'];

/** A colour mixed with white, as the stylesheet's `color-mix(in srgb, colour p%, var(--bg))`. */
export function tint(hex: string, percent: number): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(value * (percent / 100) + 255 * (1 - percent / 100))
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

const swatch = (slot: number) => TAG_COLORS[slot] ?? TAG_COLORS[TAG_COLORS.length - 1]!;

type Attrs = Record<string, string | number>;

export function buildSvg(scene: Scene, measure: Measure): XMLDocument {
  const doc = document.implementation.createDocument(SVG, 'svg', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Attrs, parent: Element = root, text?: string) => {
    const node = doc.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    parent.append(node);
    return node;
  };
  const textAt = (x: number, y: number, text: string, size: number, extra: Attrs = {}, parent: Element = root) =>
    el('text', { x: round(x), y: round(y), 'font-size': size, fill: THEME.text, ...extra }, parent, text);

  for (const [key, value] of Object.entries({ width: scene.width, height: scene.height, viewBox: `0 0 ${scene.width} ${scene.height}`, 'font-family': FONT_FAMILY })) {
    root.setAttribute(key, String(value));
  }
  const title = scene.lines.find((l) => l.role === 'title');
  if (title) el('title', {}, root, scene.lines.filter((l) => l.role === 'title').map((l) => l.text).join(' '));
  const defs = el('defs', {});
  const slots = new Set(scene.events.filter((e) => e.shape === 'hatched').map((e) => e.slot));
  for (const slot of slots) {
    // The widget's hatching: light and darker stripes at 45°, 9 px apart.
    const pattern = el('pattern', { id: `hatch-${slot}`, width: 9, height: 9, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
    el('rect', { width: 9, height: 9, fill: tint(swatch(slot), 8) }, pattern);
    el('rect', { x: 6, width: 3, height: 9, fill: tint(swatch(slot), 22) }, pattern);
  }
  el('rect', { width: scene.width, height: scene.height, fill: THEME.bg });

  for (const line of scene.lines) {
    textAt(line.x, line.y, line.text, line.size, { class: line.role, ...(line.bold ? { 'font-weight': 'bold' } : {}), ...(line.muted ? { fill: THEME.muted } : {}) });
  }

  const axis = el('g', { class: 'axis' });
  const right = scene.plot.left + scene.plot.width;
  for (const tick of scene.axis.ticks) {
    el('line', { x1: round(tick.x), x2: round(tick.x), y1: scene.axis.y - SIZES.axis - 2, y2: scene.axis.bottom, stroke: tick.major ? THEME.border : tint(THEME.border, 50), 'stroke-width': 1 }, axis);
    if (tick.label) textAt(tick.x + TICK_LABEL_OFFSET, scene.axis.y, tick.label, SIZES.axis, { fill: THEME.muted }, axis);
  }
  el('line', { x1: scene.plot.left, x2: right, y1: scene.axis.y + 6, y2: scene.axis.y + 6, stroke: THEME.border, 'stroke-width': 1 }, axis);
  el('line', { x1: scene.plot.left, x2: right, y1: scene.axis.bottom, y2: scene.axis.bottom, stroke: THEME.border, 'stroke-width': 1 }, axis);

  const events = el('g', { class: 'events' });
  for (const event of scene.events) drawEvent(event, scene, measure, el, textAt, events);

  for (const entry of scene.legend) {
    const g = el('g', { class: 'legend' });
    el('rect', { x: entry.x, y: entry.y - 11, width: 14, height: 14, rx: 3, fill: tint(swatch(entry.slot), 30), stroke: swatch(entry.slot), 'stroke-width': 2 }, g);
    textAt(entry.x + 22, entry.y, entry.label, SIZES.legend, {}, g);
  }
  return doc;
}

const round = (value: number) => Math.round(value * 10) / 10;

type El = (name: string, attrs: Attrs, parent?: Element, text?: string) => Element;
type TextAt = (x: number, y: number, text: string, size: number, extra?: Attrs, parent?: Element) => Element;

function drawEvent(event: PlacedEvent, scene: Scene, measure: Measure, el: El, textAt: TextAt, parent: Element) {
  const cy = scene.plot.top + event.row * ROW_HEIGHT + ROW_HEIGHT / 2;
  const left = scene.plot.left;
  const colour = swatch(event.slot);
  const g = el('g', { class: `event ${event.shape}`, 'data-event-id': event.id }, parent);
  // The full title, as the widget's hover and accessible name give it, where the label had to be shortened.
  if (event.shownTitle !== event.title) el('title', {}, g, event.title);
  const dash: Attrs = event.approximate ? { 'stroke-dasharray': '2 3' } : event.shape === 'hatched' ? { 'stroke-dasharray': '6 4' } : {};
  if (event.shape === 'dot') {
    el('circle', { cx: round(left + event.x1), cy, r: DOT_RADIUS, fill: colour }, g);
  } else {
    el('rect', {
      x: round(left + event.x1),
      y: cy - 10,
      width: round(Math.max(event.x2 - event.x1, 3)),
      height: 20,
      rx: 4,
      fill: event.shape === 'hatched' ? `url(#hatch-${event.slot})` : tint(colour, 30),
      stroke: colour,
      'stroke-width': 2,
      ...dash,
    }, g);
  }
  let x = left + event.labelX;
  const baseline = cy + FONT.title * 0.35;
  textAt(x, baseline, event.dateLabel, FONT.date, { fill: THEME.muted, class: 'date' }, g);
  x += measure(event.dateLabel, FONT.date) + GAP;
  if (event.shownTitle) {
    textAt(x, baseline, event.shownTitle, FONT.title, { class: 'event-title' }, g);
    x += measure(event.shownTitle, FONT.title) + GAP;
  }
  if (event.disputed) {
    const w = flagWidth(measure);
    el('rect', { x: round(x), y: cy - 8, width: round(w), height: 16, rx: 8, fill: THEME.warnBg, stroke: THEME.warnBorder, 'stroke-width': 1 }, g);
    textAt(x + FLAG_PADDING, cy + FONT.flag * 0.35, flagLabel(), FONT.flag, { 'font-weight': 'bold' }, g);
  }
}
