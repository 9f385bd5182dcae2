import type { EventHead, HeadModel } from '../domain/load-dataset';
import type { AppState, TimeWindow } from './app-store';
import { isFiltering } from './filters';
import { fullWindow } from './time-window';
import { selectVisibleEvents } from './visible-events';
import { DAY, centredOn, clampWindow, windowAround, type Limits } from './window-math';

/**
 * The window a view opens on when its address names no period. The URL
 * leaves the period out exactly when the timeline shows this one, so a link
 * reproduces what its sender saw and stays short when nothing was moved.
 */

/** About two years: wide enough for context, narrow enough to read the labels. */
export const READING_WIDTH = 2 * 365 * DAY;

/** Panning stops at the overview's span, so the brush can always show where the timeline is. */
export function windowLimits(model: Pick<HeadModel, 'span'>): Limits {
  const whole = fullWindow(model.span);
  return { min: whole.start, max: whole.end, zoomMin: DAY };
}

/** From the first start to the last end of `events`, or null when there are none. */
export function periodOf(events: readonly EventHead[]): TimeWindow | null {
  if (!events.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    if (event.when.start < start) start = event.when.start;
    if (event.when.end > end) end = event.when.end;
  }
  return { start, end };
}

export const hasFilters = (state: Pick<AppState, 'filters'>): boolean => isFiltering(state.filters);

/** An event centred at a readable zoom, or its whole length if it is longer. */
export function windowOnEvent(event: EventHead, model: Pick<HeadModel, 'span'>): TimeWindow {
  const length = event.when.end - event.when.start;
  const width = Math.max(READING_WIDTH, length * 1.2);
  return clampWindow(centredOn(event.when.start + length / 2, width), windowLimits(model));
}

/** What "Fit all" shows: every event the filters let through, or the whole span without filters. */
export function shownWindow(state: Pick<AppState, 'model' | 'filters'>): TimeWindow | null {
  const model = state.model;
  if (!model) return null;
  const limits = windowLimits(model);
  if (!hasFilters(state)) return { start: limits.min, end: limits.max };
  const period = periodOf(selectVisibleEvents(state));
  return period ? clampWindow(windowAround(period), limits) : { start: limits.min, end: limits.max };
}

/**
 * The default window of a state: none on an actor's page (it has no
 * timeline); the selected event centred; what the filters show; else the
 * whole span.
 */
export function defaultWindow(state: Pick<AppState, 'model' | 'filters' | 'selectedId' | 'actorPage'>): TimeWindow | null {
  const model = state.model;
  if (!model || state.actorPage) return null;
  const selected = state.selectedId ? model.eventById.get(state.selectedId) : undefined;
  if (selected) return windowOnEvent(selected, model);
  return shownWindow(state);
}
