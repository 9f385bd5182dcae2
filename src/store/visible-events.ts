import type { ModelEvent, TimelineModel } from '../domain/load-dataset';
import { fold, queryTerms } from '../lib/text-match';
import type { AppState } from './app-store';
import type { Filters } from './filters';

/**
 * The visible events are a function of the model and the filters. Indexes are
 * built once per model; the result is memoized on (model, filters) so every
 * subscriber gets the same array until one of them changes.
 */

interface EventIndex {
  /** Folded title, summary, quotes and dispute statements per event, in model order. */
  haystacks: string[];
  actorCounts: Map<string, number>;
  tagCounts: Map<string, number>;
}

const indexes = new WeakMap<TimelineModel, EventIndex>();

export function eventIndex(model: TimelineModel): EventIndex {
  let index = indexes.get(model);
  if (!index) {
    const actorCounts = new Map<string, number>();
    const tagCounts = new Map<string, number>();
    const haystacks = model.events.map((event) => {
      event.actors.forEach((id) => actorCounts.set(id, (actorCounts.get(id) ?? 0) + 1));
      event.tags.forEach((id) => tagCounts.set(id, (tagCounts.get(id) ?? 0) + 1));
      return fold(searchableText(event));
    });
    index = { haystacks, actorCounts, tagCounts };
    indexes.set(model, index);
  }
  return index;
}

/** Everything a search looks at: what the panel shows of the event. */
export function searchableText(event: ModelEvent): string {
  const parts = [event.title, event.summary, ...event.sources.map((s) => s.quote)];
  event.disputes?.forEach((d) => {
    parts.push(d.question);
    d.positions.forEach((p) => parts.push(p.statement, p.source.quote));
  });
  return parts.join('\n');
}

/** Calendar bound (YYYY-MM-DD) to a UTC millisecond: start of day for `from`, end of day for `to`. */
export function boundToTime(bound: string, edge: 'start' | 'end'): number {
  const time = Date.parse(`${bound}T00:00:00Z`);
  return edge === 'start' ? time : time + 86_400_000 - 1;
}

export function filterEvents(model: TimelineModel, filters: Filters): readonly ModelEvent[] {
  const index = eventIndex(model);
  const actors = filters.actors.length > 0 ? new Set(filters.actors) : null;
  const tags = filters.tags.length > 0 ? new Set(filters.tags) : null;
  const from = filters.from ? boundToTime(filters.from, 'start') : -Infinity;
  const to = filters.to ? boundToTime(filters.to, 'end') : Infinity;
  const terms = queryTerms(filters.query);
  if (!actors && !tags && from === -Infinity && to === Infinity && terms.length === 0) return model.events;

  const result: ModelEvent[] = [];
  model.events.forEach((event, i) => {
    if (actors && !event.actors.some((id) => actors.has(id))) return;
    if (tags && !event.tags.some((id) => tags.has(id))) return;
    if (event.when.end < from || event.when.start > to) return;
    if (terms.length > 0) {
      const haystack = index.haystacks[i] ?? '';
      if (!terms.every((term) => haystack.includes(term))) return;
    }
    result.push(event);
  });
  return result;
}

let memo: { model: TimelineModel | null; filters: Filters | null; result: readonly ModelEvent[] } = {
  model: null,
  filters: null,
  result: [],
};

export function selectVisibleEvents(state: Pick<AppState, 'model' | 'filters'>): readonly ModelEvent[] {
  if (state.model === memo.model && state.filters === memo.filters) return memo.result;
  const result = state.model ? filterEvents(state.model, state.filters) : [];
  memo = { model: state.model, filters: state.filters, result };
  return result;
}
