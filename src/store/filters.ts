/** What the reader has narrowed the timeline to. Empty means "no constraint". */
export interface Filters {
  actors: readonly string[];
  tags: readonly string[];
  /** Inclusive calendar bounds as YYYY-MM-DD; events overlapping the range pass. */
  from: string | null;
  to: string | null;
  query: string;
  /** "New since": only events added or revised after this ISO day (issue 23); null for all. */
  newSince: string | null;
}

export const EMPTY_FILTERS: Filters = { actors: [], tags: [], from: null, to: null, query: '', newSince: null };

export function isFiltering(filters: Filters): boolean {
  return (
    filters.actors.length > 0 || filters.tags.length > 0 || !!filters.from || !!filters.to || filters.query.trim() !== '' || !!filters.newSince
  );
}

/** The day events count as new after: the filter's, else the reader's last visit; null when neither. */
export const newSinceDay = (state: { filters: Filters; lastVisit: string | null }): string | null => state.filters.newSince ?? state.lastVisit;

/** How many constraints are set: each actor, tag, date bound and the search count once, as on the desktop filter buttons. */
export function activeFilterCount(filters: Filters): number {
  return filters.actors.length + filters.tags.length + (filters.from ? 1 : 0) + (filters.to ? 1 : 0) + (filters.query.trim() ? 1 : 0) + (filters.newSince ? 1 : 0);
}
