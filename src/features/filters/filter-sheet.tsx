import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { HeadModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { activeFilterCount, isFiltering } from '../../store/filters';
import { selectVisibleEvents } from '../../store/visible-events';
import { ActorFilter } from './actor-filter';
import { DateRangeFilter } from './date-range-filter';
import { NewSinceFilter } from './new-since-filter';
import { ResultCount } from './result-count';
import { SearchBox } from './search-box';
import { TagFilter } from './tag-filter';
import './filter-sheet.css';

/**
 * The filters folded into one button for narrow screens, so the first screen
 * shows events, not controls. The button says how many filters are active and
 * opens a modal sheet (a native dialog: focus moves in and comes back, Escape
 * closes) with the same search, actor, tag and date controls as the desktop bar.
 * `after` goes at the end of the strip (the app puts the Stories control there).
 */
export function FilterSheet({ model, after }: { model: HeadModel; after?: ReactNode }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const active = useAppStore((s) => activeFilterCount(s.filters));
  const filtering = useAppStore((s) => isFiltering(s.filters));
  const shown = useAppStore((s) => selectVisibleEvents(s).length);
  const clearFilters = useAppStore((s) => s.clearFilters);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <div className="filter-strip">
      <button
        type="button"
        className={`filter-button${active ? ' is-active' : ''}`}
        aria-haspopup="dialog"
        aria-label={active > 0 ? i18n._('{active, plural, one {Filter, # active} other {Filter, # active}}', { active }) : undefined}
        onClick={() => setOpen(true)}
      >
        {i18n._('Filter')}
        {active > 0 ? <span className="filter-badge">{active}</span> : null}
      </button>
      <ResultCount model={model} />
      {after}
      <dialog
        ref={dialogRef}
        className="filter-sheet"
        aria-labelledby="filter-sheet-title"
        onClose={() => setOpen(false)}
        onClick={(e) => {
          // A tap on the backdrop (the dialog box itself, outside its content) closes the sheet.
          if (e.target === e.currentTarget) setOpen(false);
        }}
      >
        <div className="sheet-content">
          <div className="sheet-bar">
            <h2 id="filter-sheet-title">{i18n._('Filter events')}</h2>
            <button type="button" onClick={() => setOpen(false)}>
              {i18n._('Done')}
            </button>
          </div>
          {open ? (
            <search className="sheet-filters" aria-label={i18n._('Filter events')}>
              <SearchBox />
              <div className="sheet-popovers">
                <ActorFilter model={model} />
                <TagFilter model={model} />
                <DateRangeFilter model={model} />
                <NewSinceFilter model={model} />
              </div>
              <button type="button" onClick={clearFilters} disabled={!filtering}>
                {i18n._('Clear all filters')}
              </button>
            </search>
          ) : null}
          <button type="button" className="sheet-show" onClick={() => setOpen(false)}>
            {i18n._('{shown, plural, one {Show # event} other {Show # events}}', { shown })}
          </button>
        </div>
      </dialog>
    </div>
  );
}
