import { countOutOfSight, NOTHING_HIDDEN, sameSight, type ItemBox, type Sight } from './out-of-sight';
import type { Timeline } from './vis';

/** vis-timeline's own vertical scroll of its stack of items (negative downwards); not in its public API. */
interface VerticalScroll {
  _getScrollTop: () => number;
  _setScrollTop: (scrollTop: number) => number;
}

export interface OutOfSightWatch {
  current: () => Sight;
  /** Calls `listener` whenever the counts change; returns the unsubscribe. */
  subscribe: (listener: (sight: Sight) => void) => () => void;
  /** Scrolls the stack to bring the nearest hidden items in. */
  reveal: (where: 'above' | 'below') => void;
  dispose: () => void;
}

/** The items' panel, below the axis, as much of it as is on screen. */
function visibleBand(container: HTMLElement) {
  const panel = (container.querySelector('.vis-panel.vis-center') ?? container).getBoundingClientRect();
  return { panel, band: { top: Math.max(panel.top, 0), bottom: Math.min(panel.bottom, window.innerHeight) } };
}

function measure(container: HTMLElement): Sight {
  const { band } = visibleBand(container);
  if (band.bottom <= band.top) return NOTHING_HIDDEN;
  const boxes: ItemBox[] = [];
  container.querySelectorAll<HTMLElement>('.vis-item.tl-item:not(.vis-dot)').forEach((item) => {
    const eventId = item.querySelector<HTMLElement>('[data-event-id]')?.dataset.eventId;
    if (!eventId) return;
    const { top, bottom } = item.getBoundingClientRect();
    boxes.push({ eventId, top, bottom });
  });
  return countOutOfSight(boxes, band);
}

/**
 * Keeps the out-of-sight counts of the timeline's frame: measured after each
 * redraw of the widget and on page scroll or resize, one frame later.
 */
export function watchOutOfSight(timeline: Timeline, container: HTMLElement): OutOfSightWatch {
  let sight = NOTHING_HIDDEN;
  let frame = 0;
  const listeners = new Set<(sight: Sight) => void>();
  const update = () => {
    frame = 0;
    const next = measure(container);
    if (sameSight(next, sight)) return;
    sight = next;
    listeners.forEach((listener) => listener(sight));
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  timeline.on('changed', schedule);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);

  return {
    current: () => sight,
    subscribe: (listener) => {
      listeners.add(listener);
      schedule();
      return () => listeners.delete(listener);
    },
    reveal: (where) => {
      // A frame partly off screen first comes on screen (the page scrolls the least it can).
      const { panel } = visibleBand(container);
      if (panel.top < 0 || panel.bottom > window.innerHeight) container.scrollIntoView({ block: 'nearest' });
      const delta = where === 'below' ? measure(container).toBelow : measure(container).toAbove;
      if (!delta) return;
      const scroll = timeline as unknown as VerticalScroll;
      scroll._setScrollTop(scroll._getScrollTop() - delta);
      timeline.redraw();
    },
    dispose: () => {
      cancelAnimationFrame(frame);
      timeline.off('changed', schedule);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      listeners.clear();
    },
  };
}
