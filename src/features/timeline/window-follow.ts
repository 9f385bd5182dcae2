import type { HeadModel } from '../../domain/load-dataset';
import type { TimeWindow, useAppStore } from '../../store/app-store';
import { periodOf, shownWindow, windowLimits, windowOnEvent } from '../../store/default-window';
import { selectVisibleEvents } from '../../store/visible-events';
import { centredOn, showsAll, windowAround, zoomAround } from '../../store/window-math';
import { isRightToLeft } from '../../lib/direction';
import { alongTime, type AlongTime } from './along-time';
import { revealInFrame } from './reveal-in-frame';
import type { TimelineHandle } from './timeline-handle';
import type { Timeline } from './vis';
import type { WindowOwner } from './window-owner';

/**
 * The window follows the reader's intent: a selection is brought into view
 * with its label whole beside the event panel, filters that leave their
 * events out of view refit to them, and the zoom buttons zoom around the
 * selected event. Every move goes through the window owner.
 */

/** Room kept between a selected item and the frame's edge, in pixels. */
const EDGE_GAP = 12;
/**
 * When to look again after a selection: the panel's opening narrows the
 * timeline (its transition, then vis-timeline's redraw), and a slow CPU
 * stretches both, so once is not enough.
 */
const LOOK_AGAIN_MS = [350, 1250, 2850];

/**
 * The extent the item needs with its label whole. A title that had no room on
 * either side of its mark is drawn shortened (label-placement.ts), and its box
 * is then only as wide as the frame allows: panning by that box alone left it
 * cut until a later look (a second or more) found the title whole and past
 * the edge. The room its ellipsis hides is added on the side the label reads.
 */
function wholeLabelExtent(own: AlongTime, label: HTMLElement, frame: DOMRect, rtl: boolean): AlongTime {
  const title = label.classList.contains('is-shortened') ? label.querySelector<HTMLElement>('.tl-item-title') : null;
  const hidden = title ? Math.max(title.scrollWidth - title.clientWidth, 0) : 0;
  if (hidden === 0) return own;
  const dot = label.closest('.vis-item')?.querySelector('.vis-dot');
  const before = dot ? alongTime(frame, label.getBoundingClientRect(), rtl).start < alongTime(frame, dot.getBoundingClientRect(), rtl).start : false;
  return before ? { start: own.start - hidden, end: own.end } : { start: own.start, end: own.end + hidden };
}

interface Options {
  timeline: Timeline;
  container: HTMLElement;
  model: HeadModel;
  store: typeof useAppStore;
  owner: WindowOwner;
  selectedElement: () => HTMLElement | null;
  /** Whether the selected event has an item drawn (it may be aggregated into a count at scale). */
  isDrawn: (eventId: string) => boolean;
}

export interface WindowFollow {
  followSelection: (how: 'story' | 'reveal') => void;
  refitToShown: () => void;
  /** A view opened on a selected event (a link): once it is drawn, its label whole and in sight. */
  keepSelectionInSightSoon: () => void;
  /** A view opened on what its filters show: make room for the last titles too. */
  widenForTitlesSoon: () => void;
  handle: Omit<TimelineHandle, 'sight'>;
  dispose: () => void;
}

export function createWindowFollow({ timeline, container, model, store, owner, selectedElement, isDrawn }: Options): WindowFollow {
  let timers: ReturnType<typeof setTimeout>[] = [];

  /**
   * The corrections below measure drawn boxes against the window; while the
   * window is still moving (an animation, slower on a busy machine) the boxes
   * stand where it was, and a correction made from them would undo the move
   * (a third "Zoom in" lost). So they wait for it to settle, a while at most.
   */
  const whenSettled = (correct: () => boolean | void, tries = 12) => () => {
    const later = () => timers.push(setTimeout(whenSettled(correct, tries - 1), 150));
    if (owner.moving() && tries > 0) return later();
    // `false`: the window has arrived but vis-timeline has not redrawn the items there yet.
    if (correct() === false && tries > 0) later();
  };

  /**
   * Whether an item stands where the window puts its date. Right after a move, before
   * vis-timeline's next redraw (late on a busy machine), it still stands where the
   * window was: a correction measured from there sends the window months away
   * from the event (seen after a story step). Unknowable for a date outside the window.
   */
  const drawnAtItsDate = (content: HTMLElement, frame: DOMRect, rtl: boolean): boolean => {
    const time = Number(content.dataset.start);
    const box = content.closest<HTMLElement>('.vis-item');
    const range = timeline.getWindow();
    const start = range.start.getTime();
    const end = range.end.getTime();
    if (!box || !(time >= start && time <= end)) return true;
    const dot = box.querySelector('.vis-dot');
    const drawn = alongTime(frame, (dot ?? box).getBoundingClientRect(), rtl);
    const at = dot ? (drawn.start + drawn.end) / 2 : drawn.start;
    return Math.abs(at - ((time - start) / (end - start)) * frame.width) <= 2;
  };

  const selectedEvent = () => {
    const id = store.getState().selectedId;
    return id ? model.eventById.get(id) : undefined;
  };

  /** Pans, if need be, so the selected item's box is inside the frame, then scrolls the stack to it. */
  const keepSelectionInSight = (): boolean => {
    const element = selectedElement();
    const box = element?.closest<HTMLElement>('.vis-item') ?? element;
    const panel = container.querySelector('.vis-panel.vis-center');
    if (!box || !panel) return true;
    const frame = panel.getBoundingClientRect();
    const rtl = isRightToLeft(panel);
    if (frame.width <= 0) return true;
    if (!drawnAtItsDate(element!, frame, rtl)) return false;
    const own = wholeLabelExtent(alongTime(frame, box.getBoundingClientRect(), rtl), element!, frame, rtl);
    // In pixels along time: positive pans later.
    let shift = 0;
    if (own.end - own.start > frame.width - 2 * EDGE_GAP || own.start < EDGE_GAP) shift = own.start - EDGE_GAP;
    else if (own.end > frame.width - EDGE_GAP) shift = own.end - frame.width + EDGE_GAP;
    if (Math.abs(shift) >= 1) {
      const window = owner.current();
      const perPixel = (window.end - window.start) / frame.width;
      const max = windowLimits(model).max;
      if (window.end + shift * perPixel <= max) owner.moveTo({ start: window.start + shift * perPixel, end: window.end + shift * perPixel }, true, 'keep');
      else {
        // No room to pan at the end of the span: zoom in from the earlier edge instead, keeping the end,
        // until the date t sits at fraction r of the frame, where r·W + title = W − gap.
        const time = Number(element!.dataset.start);
        const title = own.end - (time - window.start) / perPixel;
        const r = (frame.width - EDGE_GAP - title) / frame.width;
        if (r > 0.2 && time < max) owner.moveTo({ start: Math.max(window.start, (time - r * max) / (1 - r)), end: max }, true, 'keep');
      }
    }
    revealInFrame(timeline, container, element);
    return true;
  };

  /**
   * After a fit: the window shows every date, but a point's title runs to the
   * reading way from its dot and may pass the frame's edge. Widen the window just
   * enough that every title drawn ends inside it: for a dot at fraction f of
   * a frame W pixels wide with a title w pixels long, f·W + w ≤ W − gap.
   */
  const widenForTitles = (): boolean => {
    const panel = container.querySelector('.vis-panel.vis-center');
    if (!panel) return true;
    const frame = panel.getBoundingClientRect();
    const rtl = isRightToLeft(panel);
    const room = frame.width - EDGE_GAP;
    const window = owner.current();
    let end = window.end;
    for (const content of container.querySelectorAll<HTMLElement>('.vis-point [data-event-id]')) {
      if (!drawnAtItsDate(content, frame, rtl)) return false;
      const time = Number(content.dataset.start);
      const box = alongTime(frame, content.closest('.vis-item')!.getBoundingClientRect(), rtl);
      const title = box.end - ((time - window.start) / (window.end - window.start)) * frame.width;
      if (!(time >= window.start && time <= window.end) || title <= 0 || title >= room / 2) continue;
      end = Math.max(end, window.start + ((time - window.start) * frame.width) / (room - title));
    }
    if (end > window.end + (window.end - window.start) * 0.002) owner.moveTo({ start: window.start, end }, true, 'keep');
    return true;
  };

  const widenForTitlesSoon = () => {
    timers.forEach(clearTimeout);
    timers = LOOK_AGAIN_MS.slice(0, 2).map((ms) => setTimeout(whenSettled(widenForTitles), ms));
  };

  /** Fits what the filters show: the app's own choice for the view when nothing is selected. */
  const fitTo = (target: TimeWindow) => {
    owner.moveTo(target, true, store.getState().selectedId ? 'reader' : 'chosen');
    widenForTitlesSoon();
  };

  const lookAgainSoon = () => {
    timers.forEach(clearTimeout);
    timers = LOOK_AGAIN_MS.map((ms) => setTimeout(whenSettled(keepSelectionInSight), ms));
  };

  const followSelection = (how: 'story' | 'reveal') => {
    const event = selectedEvent();
    if (!event) return;
    const window = owner.current();
    const width = window.end - window.start;
    const length = event.when.end - event.when.start;
    const middle = event.when.start + length / 2;
    if (how === 'story') {
      // A story's step: centred at a readable zoom, whatever the zoom was, as its address opens it.
      owner.moveTo(windowOnEvent(event, model), isDrawn(event.id), 'chosen');
    } else if (!showsAll(window, event.when)) {
      if (length > width * 0.9) owner.moveTo(windowAround(event.when), true, 'reader');
      else owner.moveTo(centredOn(middle, width), true, 'reader');
    }
    lookAgainSoon();
  };

  /** Filters changed: if what they show is out of view, or a small part of it, show it. */
  const refitToShown = () => {
    const state = store.getState();
    const period = periodOf(selectVisibleEvents(state));
    if (!period) return;
    const window = owner.current();
    const squeezed = period.end - period.start < (window.end - window.start) / 3;
    if (!showsAll(window, period) || squeezed) {
      const target = shownWindow(state);
      if (target) fitTo(target);
    }
  };

  const handle: Omit<TimelineHandle, 'sight'> = {
    zoom: (factor) => {
      const window = owner.current();
      const event = selectedEvent();
      const anchor = event && showsAll(window, { start: event.when.start, end: event.when.start }) ? event.when.start : undefined;
      owner.moveTo(zoomAround(window, factor, anchor), true, 'reader');
      if (anchor !== undefined) lookAgainSoon();
    },
    pan: (fraction) => {
      const window = owner.current();
      const shift = (window.end - window.start) * fraction;
      owner.moveTo({ start: window.start + shift, end: window.end + shift }, true, 'reader');
    },
    fit: () => {
      const target = shownWindow(store.getState());
      if (target) fitTo(target);
    },
  };

  return {
    followSelection,
    refitToShown,
    keepSelectionInSightSoon: lookAgainSoon,
    widenForTitlesSoon,
    handle,
    dispose: () => timers.forEach(clearTimeout),
  };
}
