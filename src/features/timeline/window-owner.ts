import type { HeadModel } from '../../domain/load-dataset';
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

/**
 * Who a move is for: 'chosen', the app's own choice for the current view
 * (reproduced by opening its address without a period); 'keep', an
 * adjustment that leaves that as it was (a label brought whole into view);
 * 'reader', anything else.
 */
export type MoveKind = 'chosen' | 'keep' | 'reader';

export interface WindowOwner {
  /** Where the timeline is going, or is. */
  current: () => TimeWindow;
  /** True while a move is under way: what is drawn is not yet where the window is going. */
  moving: () => boolean;
  moveTo: (target: TimeWindow, animate: boolean, kind: MoveKind) => void;
  /** Shows the store's window, or the default one of the state when the store has none (a link without a period, Back). */
  applyStore: () => void;
  dispose: () => void;
}

type Store = typeof useAppStore;

export function createWindowOwner(timeline: Timeline, model: HeadModel, store: Store): WindowOwner {
  const limits = windowLimits(model);
  let heading: TimeWindow | null = null;

  const actual = (): TimeWindow => {
    const range = timeline.getWindow();
    return { start: range.start.getTime(), end: range.end.getTime() };
  };

  const publish = (window: TimeWindow, kind: MoveKind) => {
    const state = store.getState();
    const chosen = kind === 'chosen' ? { selectedId: state.selectedId, filters: state.filters } : kind === 'keep' ? 'keep' : null;
    const sameChoice =
      chosen === 'keep' ||
      (chosen === null ? state.windowChosenFor === null : state.windowChosenFor?.selectedId === chosen.selectedId && state.windowChosenFor.filters === chosen.filters);
    if (!sameWindow(state.window, window) || !sameChoice) state.setWindow(window, chosen);
  };

  const moveTo = (target: TimeWindow, animate: boolean, kind: MoveKind) => {
    const clamped = clampWindow(target, limits);
    heading = clamped;
    const animation = animate && !prefersReducedMotion() ? { duration: 300, easingFunction: 'easeInOutQuad' as const } : false;
    timeline.setWindow(clamped.start, clamped.end, { animation });
    publish(clamped, kind);
  };

  let overtaken: number | undefined;
  const settle = (byUser: boolean) => {
    window.clearTimeout(overtaken);
    heading = null;
    publish(actual(), byUser ? 'reader' : 'keep');
  };
  const onSettled = (props: { byUser?: boolean }) => {
    // vis also reports the end of an animation that a newer move cut short (three quick
    // "Zoom in"s): settling there would drop the newer destination, and the next zoom would
    // start from a window half-way. Wait for the move under way, and settle anyway if it
    // never reports (vis may stop just short of a destination it cannot reach).
    if (!props.byUser && heading && !sameWindow(actual(), heading)) {
      window.clearTimeout(overtaken);
      overtaken = window.setTimeout(() => settle(false), 600);
      return;
    }
    settle(!!props.byUser);
  };
  timeline.on('rangechanged', onSettled);

  return {
    current: () => heading ?? actual(),
    moving: () => heading !== null,
    moveTo,
    applyStore: () => {
      const state = store.getState();
      // No window asked for: the view's own default, the app's choice.
      const kind: MoveKind = state.window ? 'keep' : 'chosen';
      const wanted = state.window ?? defaultWindow(state);
      if (!wanted) return;
      const target = clampWindow(wanted, limits);
      if (!sameWindow(target, heading ?? actual())) {
        heading = target;
        timeline.setWindow(target.start, target.end, { animation: false });
      }
      publish(target, kind);
    },
    dispose: () => {
      window.clearTimeout(overtaken);
      timeline.off('rangechanged', onSettled);
    },
  };
}
