import type { HeadModel } from '../../domain/load-dataset';
import { FilterPopover } from '../../components/filter-popover';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';

const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const VALID = /^\d{4}-\d{2}-\d{2}$/;

/** Events overlapping [from, to] pass; either end may be left open. */
export function DateRangeFilter({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const from = useAppStore((s) => s.filters.from);
  const to = useAppStore((s) => s.filters.to);
  const setFilters = useAppStore((s) => s.setFilters);
  const min = day(model.span.start);
  const max = day(model.span.end);
  const set = (field: 'from' | 'to', value: string) => setFilters({ [field]: VALID.test(value) ? value : null });
  return (
    <FilterPopover label={i18n._('Dates')} activeCount={(from ? 1 : 0) + (to ? 1 : 0)}>
      <div className="date-range">
      <label>
        {i18n._('From')}
        <input type="date" value={from ?? ''} min={min} max={to ?? max} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>
        {i18n._('To')}
        <input type="date" value={to ?? ''} min={from ?? min} max={max} onChange={(e) => set('to', e.target.value)} />
      </label>
      </div>
      {from || to ? (
        <button type="button" className="link-button" onClick={() => setFilters({ from: null, to: null })}>
          {i18n._('Clear dates')}
        </button>
      ) : null}
    </FilterPopover>
  );
}
