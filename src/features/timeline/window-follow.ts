import type { TimelineModel } from '../../domain/load-dataset';
import type { useAppStore } from '../../store/app-store';
import { READING_WIDTH, periodOf, shownWindow } from '../../store/default-window';
import { selectVisibleEvents } from '../../store/visible-events';
import { centredOn, showsAll, windowAround, zoomAround } from '../../store/window-math';
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

interface Options {
  timeline: Timeline;
  container: HTMLElement;
  model: TimelineModel;
  store: typeof useAppStore;
  owner: WindowOwner;
  selectedElement: () => HTMLElement | null;
  /** Whether the selected event has an item drawn (it may be aggregated into a count at scale). */
  isDrawn: (eventId: string) => boolean;
}

export interface WindowFollow {
  followSelection: (how: 'story' | 'reveal') => void;
  refitToShown: () => void;
  handle: TimelineHandle;
  dispose: () => void;
}

export function createWindowFollow({ timeline, container, model, store, owner, selectedElement, isDrawn }: Options): WindowFollow {
  let timers: ReturnType<typeof setTimeout>[] = [];

  const selectedEvent = () => {
    const id = store.getState().selectedId;
    return id ? model.eventById.get(id) : undefined;
  };

  /** Pans, if need be, so the selected item's box is inside the frame, then scrolls the stack to it. */
  const keepSelectionInSight = () => {
    const element = selectedElement();
    const box = element?.closest<HTMLElement>('.vis-item') ?? element;
    const panel = container.querySelector('.vis-panel.vis-center');
    if (!box || !panel) return;
    const frame = panel.getBoundingClientRect();
    const own = box.getBoundingClientRect();
    if (frame.width <= 0) return;
    let shift = 0;
    if (own.width > frame.width - 2 * EDGE_GAP || own.left < frame.left + EDGE_GAP) shift = own.left - frame.left - EDGE_GAP;
    else if (own.right > frame.right - EDGE_GAP) shift = own.right - frame.right + EDGE_GAP;
    if (Math.abs(shift) >= 1) {
      const window = owner.current();
      const perPixel = (window.end - window.start) / frame.width;
      owner.moveTo({ start: window.start + shift * perPixel, end: window.end + shift * perPixel }, true);
    }
    revealInFrame(timeline, container, element);
  };

  const lookAgainSoon = () => {
    timers.forEach(clearTimeout);
    timers = LOOK_AGAIN_MS.map((ms) => setTimeout(keepSelectionInSight, ms));
  };

  const followSelection = (how: 'story' | 'reveal') => {
    const event = selectedEvent();
    if (!event) return;
    const window = owner.current();
    const width = window.end - window.start;
    const length = event.when.end - event.when.start;
    const middle = event.when.start + length / 2;
    if (how === 'story') {
      // A story's step: centred at a readable zoom, whatever the zoom was.
      owner.moveTo(centredOn(middle, Math.max(Math.min(width, READING_WIDTH), length * 1.2)), isDrawn(event.id));
    } else if (!showsAll(window, event.when)) {
      if (length > width * 0.9) owner.moveTo(windowAround(event.when), true);
      else owner.moveTo(centredOn(middle, width), true);
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
      if (target) owner.moveTo(target, true);
    }
  };

  const handle: TimelineHandle = {
    zoom: (factor) => {
      const window = owner.current();
      const event = selectedEvent();
      const anchor = event && showsAll(window, { start: event.when.start, end: event.when.start }) ? event.when.start : undefined;
      owner.moveTo(zoomAround(window, factor, anchor), true);
      if (anchor !== undefined) lookAgainSoon();
    },
    pan: (fraction) => {
      const window = owner.current();
      const shift = (window.end - window.start) * fraction;
      owner.moveTo({ start: window.start + shift, end: window.end + shift }, true);
    },
    fit: () => {
      const target = shownWindow(store.getState());
      if (target) owner.moveTo(target, true);
    },
  };

  return {
    followSelection,
    refitToShown,
    handle,
    dispose: () => timers.forEach(clearTimeout),
  };
}
