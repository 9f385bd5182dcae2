import { NARROW_SCREEN } from '../lib/breakpoints';
import { lazyPart } from '../lib/lazy-part';
import type { AppState } from '../store/app-store';

/**
 * The parts of the explorer the first drawing may not need, each in a chunk
 * of its own: the desktop timeline (vis-timeline and its peers), the phone's
 * vertical timeline, the event panel with the article reader, the list view.
 * The ones a page shows at once are fetched alongside the data
 * (`fetchFirstViewParts`); the rest in idle time after the first drawing
 * (`prefetchOtherParts`), so a click never waits on the network.
 */
export const TimelinePanel = lazyPart(() => import('../features/timeline/timeline-panel').then((m) => m.TimelinePanel));
export const VerticalTimeline = lazyPart(() => import('../features/vertical-timeline/vertical-timeline').then((m) => m.VerticalTimeline));
export const EventPanel = lazyPart(() => import('../features/event-panel/event-panel').then((m) => m.EventPanel));
export const EventList = lazyPart(() => import('../features/event-list/event-list').then((m) => m.EventList));

const narrow = () => window.matchMedia(NARROW_SCREEN).matches;

/** Starts at once, before the data is in: the timeline this screen draws (the list view is rarer, and waits for the address). */
export function startFirstViewParts(): void {
  void (narrow() ? VerticalTimeline : TimelinePanel).preload().catch(() => undefined);
}

/** Resolves when the parts this view draws at once are in (never rejects: a part that failed renders its own error later). */
export function fetchFirstViewParts(state: Pick<AppState, 'mode' | 'selectedId'>): Promise<unknown> {
  const parts = [state.mode === 'list' ? EventList : narrow() ? VerticalTimeline : TimelinePanel];
  if (state.selectedId) parts.push(EventPanel);
  return Promise.all(parts.map((part) => part.preload().catch(() => undefined)));
}

/**
 * The rest, one part per idle period, once the first drawing is done. A phone
 * does not fetch the desktop timeline, the largest part, on the chance that it
 * is turned sideways past the breakpoint: that waits for the turn.
 */
export function prefetchOtherParts(): void {
  const queue = narrow() ? [EventPanel, EventList] : [EventPanel, EventList, VerticalTimeline];
  const idle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 5_000 }) : setTimeout(work, 200));
  const next = () => {
    const part = queue.shift();
    if (part) void part.preload().catch(() => undefined).finally(() => idle(next));
  };
  idle(next);
}
