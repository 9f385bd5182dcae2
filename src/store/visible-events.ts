import type { EventHead, HeadModel, ModelEvent } from '../domain/load-dataset';
import { isNewSince } from '../domain/change-dates';
import { fold, queryTerms } from '../lib/text-match';
import type { AppState } from './app-store';
import type { Filters } from './filters';

/**
 * The visible events are a function of the model and the filters. Indexes are
 * built once per model; the result is memoized on (model, filters) so every
 * subscriber gets the same array until one of them changes.
 */

interface EventIndex {
  actorCounts: Map<string, number>;
  tagCounts: Map<string, number>;
}

const indexes = new WeakMap<HeadModel, EventIndex>();
const haystackIndexes = new WeakMap<HeadModel, string[]>();

/** Events per actor and per tag, counted once per model. */
export function eventIndex(model: HeadModel): EventIndex {
  let index = indexes.get(model);
  if (!index) {
    const actorCounts = new Map<string, number>();
    const tagCounts = new Map<string, number>();
    for (const event of model.events) {
      for (const id of event.actors) actorCounts.set(id, (actorCounts.get(id) ?? 0) + 1);
      for (const id of event.tags) tagCounts.set(id, (tagCounts.get(id) ?? 0) + 1);
    }
    index = { actorCounts, tagCounts };
    indexes.set(model, index);
  }
  return index;
}

/** Search texts folded so far, for a model whose index is still being built in idle time. */
const partialHaystacks = new WeakMap<HeadModel, string[]>();

/** Folded title, summary, quotes and disputes per event, in model order; finished here if idle time has not finished it. */
function haystacks(model: HeadModel): string[] {
  return haystackIndexes.get(model) ?? extendHaystacks(model, Infinity);
}

/** Folds more events' texts until `deadline` (a performance.now() time); stores the list once it is complete. */
function extendHaystacks(model: HeadModel, deadline: number): string[] {
  const list = partialHaystacks.get(model) ?? [];
  partialHaystacks.set(model, list);
  const events = model.events;
  while (list.length < events.length) {
    list.push(fold(searchableText(events[list.length]!)));
    // Checking the clock every 256 events keeps its cost out of the loop.
    if ((list.length & 255) === 0 && performance.now() > deadline) return list;
  }
  partialHaystacks.delete(model);
  haystackIndexes.set(model, list);
  return list;
}

/**
 * Everything a search looks at: what the panel shows of the event. Before the
 * data file is in (an event read from the index), that is its title; the
 * result count says so (result-count.tsx).
 */
export function searchableText(event: EventHead | ModelEvent): string {
  if (!('sources' in event)) return event.title;
  const parts = [event.title, event.summary, ...event.sources.map((s) => s.quote)];
  event.disputes?.forEach((d) => {
    parts.push(d.question);
    d.positions.forEach((p) => parts.push(p.statement, p.source.quote));
  });
  return parts.join('\n');
}

/**
 * Builds the counts and the search index when the browser is idle, in slices
 * that each fit an idle period, so the first search is as quick as the next
 * and a click during the build is not kept waiting.
 */
export function warmIndexes(model: HeadModel): () => void {
  if (typeof window === 'undefined' || !('requestIdleCallback' in window)) return () => undefined;
  let handle = 0;
  const step = (deadline: IdleDeadline) => {
    if (!indexes.has(model)) eventIndex(model);
    // Slices of at most ~12 ms, so input that arrives meanwhile waits less than a frame.
    else if (!haystackIndexes.has(model)) extendHaystacks(model, performance.now() + Math.min(Math.max(deadline.timeRemaining(), 5), 12));
    if (!haystackIndexes.has(model)) handle = window.requestIdleCallback(step, { timeout: 3000 });
  };
  handle = window.requestIdleCallback(step, { timeout: 3000 });
  return () => window.cancelIdleCallback(handle);
}

/** Calendar bound (YYYY-MM-DD) to a UTC millisecond: start of day for `from`, end of day for `to`. */
export function boundToTime(bound: string, edge: 'start' | 'end'): number {
  const time = Date.parse(`${bound}T00:00:00Z`);
  return edge === 'start' ? time : time + 86_400_000 - 1;
}

export function filterEvents<E extends EventHead>(model: HeadModel & { events: readonly E[] }, filters: Filters): readonly E[] {
  const actors = filters.actors.length > 0 ? new Set(filters.actors) : null;
  const tags = filters.tags.length > 0 ? new Set(filters.tags) : null;
  const from = filters.from ? boundToTime(filters.from, 'start') : -Infinity;
  const to = filters.to ? boundToTime(filters.to, 'end') : Infinity;
  const terms = queryTerms(filters.query);
  const since = filters.newSince;
  if (!actors && !tags && from === -Infinity && to === Infinity && terms.length === 0 && !since) return model.events;

  const texts = terms.length > 0 ? haystacks(model) : null;
  const result: E[] = [];
  const events = model.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.when.start > to) break; // sorted by start: nothing later can overlap
    if (event.when.end < from) continue;
    if (actors && !event.actors.some((id) => actors.has(id))) continue;
    if (tags && !event.tags.some((id) => tags.has(id))) continue;
    if (since && !isNewSince(event, since)) continue;
    if (texts) {
      const haystack = texts[i]!;
      if (!terms.every((term) => haystack.includes(term))) continue;
    }
    result.push(event);
  }
  return result;
}

let memo: { model: HeadModel | null; filters: Filters | null; result: readonly EventHead[] } = {
  model: null,
  filters: null,
  result: [],
};

/** The events the filters show, as drawn: read from the index until the data file is in. */
export function selectVisibleEvents(state: Pick<AppState, 'model' | 'filters'>): readonly EventHead[] {
  if (state.model === memo.model && state.filters === memo.filters) return memo.result;
  const result = state.model ? filterEvents(state.model, state.filters) : [];
  memo = { model: state.model, filters: state.filters, result };
  return result;
}

const NO_EVENTS: readonly ModelEvent[] = [];

/** For what renders only once the data file is in (features/dataset/with-full-model.tsx): the shown events with every field, none before. */
export function selectShownFullEvents(state: Pick<AppState, 'model' | 'full' | 'filters'>): readonly ModelEvent[] {
  return selectVisibleFullEvents(state) ?? NO_EVENTS;
}

/** The same events with every field, for what shows or writes their texts; null until the data file is in. */
export function selectVisibleFullEvents(state: Pick<AppState, 'model' | 'full' | 'filters'>): readonly ModelEvent[] | null {
  // `model` is `full` once the data file is in (app-store.ts), so these are the very events drawn.
  return state.full && state.model === state.full ? (selectVisibleEvents(state) as readonly ModelEvent[]) : null;
}
