/**
 * The picture of the view (issue 23), loaded only when a reader asks for one
 * (download-image.tsx imports this module with import()): with canvg, which
 * draws the SVG onto a canvas itself. The usual way, loading the SVG into an
 * <img> and drawing that, needs a blob: or data: image, which the page's
 * policy (img-src 'self') refuses; canvg reads the SVG document and paints it
 * with the Canvas 2D API, running no eval, so the policy holds unwidened.
 */
import { Canvg } from 'canvg';
import { formatEdtf } from '../../domain/format-date';
// The errors' messages reach the reader ("The picture could not be made: …", download-image.tsx).
import { i18n } from '../../i18n/i18n';
import { publishedSiteUrl } from '../../lib/site-url';
import { tagSlotFinder } from '../../lib/tag-colors';
import { useAppStore } from '../../store/app-store';
import { defaultWindow, windowLimits } from '../../store/default-window';
import { filtersLine } from '../../store/filters-in-words';
import { selectShownFullEvents } from '../../store/visible-events';
import { whenFull } from '../../store/when-full';
import { clampWindow } from '../../store/window-math';
import { creditLine, imageFileName, periodLine, sourceOutlets } from './image-words';
import type { PlotEvent } from './plot-layout';
import { layoutScene } from './scene-layout';
import { buildSvg, FONT_FAMILY } from './scene-svg';
import type { Measure } from './shorten';

/** The PNG's pixels per CSS pixel: 1600 px wide, 3200 pixels. */
const SCALE = 2;

/** Widths as canvg will draw them: the same canvas text engine, the same fonts. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error(i18n._('this browser cannot draw on a canvas'));
  const cache = new Map<string, number>();
  return (text, size, bold = false) => {
    const key = `${size}${bold ? 'b' : ''}:${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * The view as the reader sees it: the window the timeline shows (its owner
 * publishes every move to the store as it starts, and the overview and the
 * address read it from there too), the events the filters let through.
 */
function currentScene(measure: Measure) {
  const state = useAppStore.getState();
  const model = state.full;
  if (!model) throw new Error(i18n._('the timeline has not loaded'));
  const limits = windowLimits(model);
  const wanted = state.window ?? defaultWindow(state) ?? { start: limits.min, end: limits.max };
  const window = clampWindow(wanted, limits);
  const slotOf = tagSlotFinder(model.tags.map((t) => t.id));
  const shown = selectShownFullEvents(state);
  const events: PlotEvent[] = shown.map((event) => {
    const { when } = event;
    const shape = when.isRange ? 'solid' : when.from.precision === 'day' ? 'dot' : 'hatched';
    return {
      id: event.id,
      title: event.title,
      dateLabel: formatEdtf(when),
      start: when.start,
      end: shape === 'dot' ? when.start : when.end + 1,
      shape,
      slot: slotOf(event.tags[0]),
      approximate: when.from.approximate || when.to.approximate,
      disputed: event.disputed,
    };
  });
  const scene = layoutScene({
    title: model.title,
    filtersLine: filtersLine(model, state.filters, shown.length),
    periodLine: periodLine(window),
    creditLine: '',
    window,
    events,
    legend: [],
    measure,
  });
  // The credit and legend name what is drawn, so they wait for the layout to say which events are in the period.
  const drawn = new Set(scene.events.map((e) => e.id));
  const drawnEvents = shown.filter((e) => drawn.has(e.id));
  const slots = new Set(scene.events.map((e) => e.slot));
  const legend = model.tags.filter((t) => drawnEvents.some((e) => e.tags[0] === t.id) && slots.has(slotOf(t.id))).map((t) => ({ slot: slotOf(t.id), label: t.label }));
  const final = layoutScene({
    title: model.title,
    filtersLine: filtersLine(model, state.filters, shown.length),
    periodLine: periodLine(window),
    creditLine: creditLine(sourceOutlets(model, drawnEvents), publishedSiteUrl()),
    window,
    events,
    legend,
    measure,
  });
  return { scene: final, window };
}

export interface ViewImage {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
}

export async function makeViewImage(format: 'png' | 'svg'): Promise<ViewImage> {
  // The credit names the outlets of the drawn events' sources, which come with the data file.
  await whenFull();
  const measure = canvasMeasure();
  const { scene, window } = currentScene(measure);
  const svg = buildSvg(scene, measure);
  const fileName = imageFileName(window, format);
  if (format === 'svg') {
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
    return { blob: new Blob([text], { type: 'image/svg+xml' }), fileName, width: scene.width, height: scene.height };
  }
  const canvas = document.createElement('canvas');
  canvas.width = scene.width * SCALE;
  canvas.height = scene.height * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(i18n._('this browser cannot draw on a canvas'));
  // The canvas keeps its 2× size and scale; canvg draws the 1600 px picture in CSS pixels onto it.
  // (Its own scaleWidth option also maps the viewBox, and the two together shifted the drawing.)
  context.scale(SCALE, SCALE);
  const renderer = new Canvg(context, svg, {
    ignoreAnimation: true,
    ignoreMouse: true,
    ignoreDimensions: true,
    ignoreClear: true,
    // Nothing in the picture is fetched: no images, no fonts.
    createImage: () => Promise.reject(new Error(i18n._('the picture loads no images'))),
  });
  await renderer.render();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(i18n._('the browser could not encode the PNG'));
  return { blob, fileName, width: canvas.width, height: canvas.height };
}
