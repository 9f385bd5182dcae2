import type { TimelineModel } from '../../domain/load-dataset';
import { prefersReducedMotion } from '../../lib/motion';
import type { TimeWindow, useAppStore } from '../../store/app-store';
import { defaultWindow, windowLimits } from '../../store/default-window';
import { clampWindow, sameWindow } from '../../store/window-math';
import type { Timeline } from './vis';

/**
 * The one place that moves vis-timeline's window, and the one place that
 * tells the store where it is, so the timeline, the overview's brush and the
 * URL never disagree.
 *
 * Every move is clamped here first, as vis-timeline would clamp it, and its
 * target is published at once: while the widget animates, `getWindow()`
 * reports a window in between, and a mirror that read it would show neither
 * where the timeline was nor where it is going. When a move settles
 * ('rangechanged', by the app or by the reader's drag and wheel), the widget's
 * own window is published, which is what the reader sees.
 */

export interface WindowOwner {
  /** Where the timeline is going, or is. */
  current: () => TimeWindow;
  moveTo: (target: TimeWindow, animate: boolean) => void;
  /** Shows the store's window, or the default one of the state when the store has none (a link without a period, Back). */
  applyStore: () => void;
  dispose: () => void;
}

type Store = typeof useAppStore;

export function createWindowOwner(timeline: Timeline, model: TimelineModel, store: Store): WindowOwner {
  const limits = windowLimits(model);
  let heading: TimeWindow | null = null;

  const actual = (): TimeWindow => {
    const range = timeline.getWindow();
    return { start: range.start.getTime(), end: range.end.getTime() };
  };

  const publish = (window: TimeWindow) => {
    if (!sameWindow(store.getState().window, window)) store.getState().setWindow(window);
  };

  const moveTo = (target: TimeWindow, animate: boolean) => {
    const clamped = clampWindow(target, limits);
    heading = clamped;
    const animation = animate && !prefersReducedMotion() ? { duration: 300, easingFunction: 'easeInOutQuad' as const } : false;
    timeline.setWindow(clamped.start, clamped.end, { animation });
    publish(clamped);
  };

  const onSettled = () => {
    heading = null;
    publish(actual());
  };
  timeline.on('rangechanged', onSettled);

  return {
    current: () => heading ?? actual(),
    moveTo,
    applyStore: () => {
      const state = store.getState();
      const wanted = state.window ?? defaultWindow(state);
      if (!wanted) return;
      const target = clampWindow(wanted, limits);
      if (!sameWindow(target, heading ?? actual())) {
        heading = target;
        timeline.setWindow(target.start, target.end, { animation: false });
      }
      publish(target);
    },
    dispose: () => timeline.off('rangechanged', onSettled),
  };
}
