import { useAppStore } from '../../store/app-store';

/** Free text over titles, summaries, quotes and disputes; matches are highlighted where shown. */
export function SearchBox() {
  const query = useAppStore((s) => s.filters.query);
  const setFilters = useAppStore((s) => s.setFilters);
  return (
    <div className="search-box">
      <label htmlFor="search-input">Search</label>
      <input
        id="search-input"
        type="search"
        value={query}
        maxLength={200}
        placeholder="Titles, summaries, quotes"
        autoComplete="off"
        onChange={(e) => setFilters({ query: e.target.value })}
      />
    </div>
  );
}
