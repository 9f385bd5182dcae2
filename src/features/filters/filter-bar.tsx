import type { HeadModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { isFiltering } from '../../store/filters';
import { ActorFilter } from './actor-filter';
import { DateRangeFilter } from './date-range-filter';
import { NewSinceFilter } from './new-since-filter';
import { ResultCount } from './result-count';
import { SearchBox } from './search-box';
import { TagFilter } from './tag-filter';

/** Everything that narrows the events, with the count and one way back to all. */
export function FilterBar({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const filtering = useAppStore((s) => isFiltering(s.filters));
  const clearFilters = useAppStore((s) => s.clearFilters);
  return (
    <search className="filter-bar" aria-label={i18n._('Filter events')}>
      <SearchBox />
      <ActorFilter model={model} />
      <TagFilter model={model} />
      <DateRangeFilter model={model} />
      <NewSinceFilter model={model} />
      <div className="filter-summary">
        <ResultCount model={model} />
        <button type="button" onClick={clearFilters} disabled={!filtering}>
          {i18n._('Clear all filters')}
        </button>
      </div>
    </search>
  );
}
