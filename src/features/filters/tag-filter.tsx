import type { HeadModel } from '../../domain/load-dataset';
import { FilterPopover } from '../../components/filter-popover';
import { useI18n } from '../../i18n/use-i18n';
import { tagClass, tagSlot } from '../../lib/tag-colors';
import { useAppStore } from '../../store/app-store';
import { eventIndex } from '../../store/visible-events';
import { CountOption } from './count-option';
import { selectionSummary } from './selection-summary';

/** Tags as checkboxes, each with the colour it has on the timeline and its count. */
export function TagFilter({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const active = useAppStore((s) => s.filters.tags);
  const names = active.map((id) => model.tags.find((t) => t.id === id)?.label ?? id);
  return (
    <FilterPopover label={i18n._('Tags')} activeCount={active.length} summary={selectionSummary(names)}>
      <TagOptions model={model} />
    </FilterPopover>
  );
}

/** The open panel; counts are taken when it first opens, as for actors. */
function TagOptions({ model }: { model: HeadModel }) {
  const active = useAppStore((s) => s.filters.tags);
  const toggleTag = useAppStore((s) => s.toggleTag);
  const counts = eventIndex(model).tagCounts;
  const ids = model.tags.map((t) => t.id);
  return (
    <ul className="options">
      {model.tags.map((tag) => (
        <CountOption
          key={tag.id}
          name={tag.label}
          description={tag.description}
          count={counts.get(tag.id) ?? 0}
          checked={active.includes(tag.id)}
          onToggle={() => toggleTag(tag.id)}
          marker={<span className={`swatch ${tagClass(tagSlot(ids, tag.id))}`} aria-hidden="true" />}
        />
      ))}
    </ul>
  );
}
