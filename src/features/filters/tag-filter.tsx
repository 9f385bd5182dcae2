import type { TimelineModel } from '../../domain/load-dataset';
import { FilterPopover } from '../../components/filter-popover';
import { tagClass, tagSlot } from '../../lib/tag-colors';
import { useAppStore } from '../../store/app-store';
import { eventIndex } from '../../store/visible-events';

/** Tags as checkboxes, each with the colour it has on the timeline and its count. */
export function TagFilter({ model }: { model: TimelineModel }) {
  const active = useAppStore((s) => s.filters.tags);
  const toggleTag = useAppStore((s) => s.toggleTag);
  const counts = eventIndex(model).tagCounts;
  const ids = model.tags.map((t) => t.id);
  return (
    <FilterPopover label="Tags" activeCount={active.length}>
      <ul className="options">
        {model.tags.map((tag) => {
          const count = counts.get(tag.id) ?? 0;
          return (
            <li key={tag.id}>
              <label title={tag.description}>
                <input type="checkbox" checked={active.includes(tag.id)} onChange={() => toggleTag(tag.id)} />
                <span className={`swatch ${tagClass(tagSlot(ids, tag.id))}`} aria-hidden="true" />
                <span className="option-name">{tag.label}</span>
                <span className="count">
                  {count}
                  <span className="visually-hidden"> {count === 1 ? 'event' : 'events'}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </FilterPopover>
  );
}
