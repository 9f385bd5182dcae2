import type { TimelineModel } from '../../domain/load-dataset';
import { tagClass, tagSlot } from '../../lib/tag-colors';

/** What the colours and shapes on the timeline mean. */
export function TagLegend({ model }: { model: TimelineModel }) {
  const ids = model.tags.map((t) => t.id);
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend-tags" aria-label="Colours by tag">
        {model.tags.map((tag) => (
          <li key={tag.id} title={tag.description}>
            <span className={`swatch ${tagClass(tagSlot(ids, tag.id))}`} aria-hidden="true" />
            {tag.label}
          </li>
        ))}
      </ul>
      <ul className="legend-shapes" aria-label="Shapes by date precision">
        <li>
          <span className="shape shape-day" aria-hidden="true" /> Known day
        </li>
        <li>
          <span className="shape shape-vague" aria-hidden="true" /> Month or year only
        </li>
        <li>
          <span className="shape shape-interval" aria-hidden="true" /> Period
        </li>
        <li>
          <span className="shape shape-approximate" aria-hidden="true" /> Approximate (c.) or uncertain (?)
        </li>
      </ul>
    </div>
  );
}
