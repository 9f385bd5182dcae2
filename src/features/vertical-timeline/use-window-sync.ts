import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ModelEvent } from '../../domain/load-dataset';
import { prefersReducedMotion } from '../../lib/motion';
import { useAppStore, type TimeWindow } from '../../store/app-store';
import type { Locator } from './locators';

/** The first event starting at or after `time` (events are sorted by start); the last one if none does. */
export function firstEventFrom(events: readonly ModelEvent[], time: number): ModelEvent | undefined {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.when.start < time) lo = mid + 1;
    else hi = mid;
  }
  return events[Math.min(lo, events.length - 1)];
}

/**
 * Keeps the scroll position and the store's `window` in step, as the desktop
 * timeline does: scrolling writes the period in view (so the URL and the
 * overview follow), and a window set elsewhere (the overview, Back, a link)
 * scrolls there. Each side remembers what it wrote itself, so they never
 * ping-pong: a window this list wrote is not applied back, and the scroll
 * event a programmatic scroll causes is not written back.
 */
export function useWindowSync(scrollerRef: RefObject<HTMLDivElement | null>, events: readonly ModelEvent[], locator: Locator): () => void {
  const written = useRef<TimeWindow | null>(null);
  const expectedTop = useRef<{ top: number; at: number } | null>(null);
  const frame = useRef(0);

  const scrollTo = useCallback(
    (top: number, smooth: boolean) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const target = Math.min(top, Math.max(0, scroller.scrollHeight - scroller.clientHeight));
      if (Math.abs(target - scroller.scrollTop) < 1) return;
      expectedTop.current = { top: target, at: performance.now() };
      scroller.scrollTo({ top: target, behavior: smooth && !prefersReducedMotion() ? 'smooth' : 'auto' });
    },
    [scrollerRef],
  );

  const showWindow = useCallback(
    (window: TimeWindow) => {
      const event = firstEventFrom(events, window.start);
      const top = event ? locator.topOf(event.id) : null;
      if (top !== null) scrollTo(top, false);
    },
    [events, locator, scrollTo],
  );

  // A window from elsewhere (or new filters under the same window) scrolls the list there.
  useEffect(() => {
    const initial = useAppStore.getState();
    if (initial.window) showWindow(initial.window);
    else if (initial.selectedId) {
      const top = locator.topOf(initial.selectedId);
      if (top !== null) scrollTo(top, false);
    }
    // Whatever was asked for, the period on screen becomes the window (new filters may have put
    // other events there), so the overview and the address show where the reader is.
    const scroller = scrollerRef.current;
    const period = scroller ? locator.periodInView(scroller.scrollTop, scroller.clientHeight) : null;
    if (period) {
      written.current = period;
      useAppStore.getState().setWindow(period);
    }
    return useAppStore.subscribe((state, previous) => {
      if (state.window !== previous.window && state.window && state.window !== written.current) showWindow(state.window);
    });
  }, [showWindow, locator, scrollTo, scrollerRef]);

  // A new selection (N/P, Back, the panel's steps) comes into view if it is not.
  // A story's step always comes to the top, the part the story's shorter sheet leaves in sight.
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const scroller = scrollerRef.current;
        if (!state.selectedId || !scroller) return;
        const storyMoved = state.story !== null && state.story !== previous.story;
        if (state.selectedId === previous.selectedId && !storyMoved) return;
        const top = locator.topOf(state.selectedId);
        if (top === null) return;
        const bottom = top + locator.heightOf(state.selectedId);
        if (storyMoved || top < scroller.scrollTop || bottom > scroller.scrollTop + scroller.clientHeight) scrollTo(top, true);
      }),
    [locator, scrollTo, scrollerRef],
  );

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  /** Call from the scroller's scroll event. */
  return useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      if (expectedTop.current !== null) {
        const arrived = Math.abs(scroller.scrollTop - expectedTop.current.top) < 2;
        // A smooth scroll passes through many positions; only its end is ours. A reader's
        // own scroll that interrupts it counts again after a second.
        const stale = performance.now() - expectedTop.current.at > 1000;
        if (arrived || stale) expectedTop.current = null;
        if (!stale) return;
      }
      const period = locator.periodInView(scroller.scrollTop, scroller.clientHeight);
      if (!period) return;
      written.current = period;
      useAppStore.getState().setWindow(period);
    });
  }, [locator, scrollerRef]);
}
