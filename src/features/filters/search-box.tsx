import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';

/** Free text over titles, summaries, quotes and disputes; matches are highlighted where shown. */
export function SearchBox() {
  const i18n = useI18n();
  const query = useAppStore((s) => s.filters.query);
  const setFilters = useAppStore((s) => s.setFilters);
  return (
    <div className="search-box">
      <label htmlFor="search-input">{i18n._('Search')}</label>
      <input
        id="search-input"
        type="search"
        value={query}
        maxLength={200}
        placeholder={i18n._('Titles, summaries, quotes')}
        autoComplete="off"
        onChange={(e) => setFilters({ query: e.target.value })}
      />
    </div>
  );
}
