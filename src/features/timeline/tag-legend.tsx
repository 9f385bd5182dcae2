import type { HeadModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { tagClass, tagSlot } from '../../lib/tag-colors';

/** What the colours and shapes on the timeline mean. */
export function TagLegend({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const ids = model.tags.map((t) => t.id);
  return (
    <div className="legend" aria-label={i18n._('Legend')}>
      <ul className="legend-tags" aria-label={i18n._('Colours by tag')}>
        {model.tags.map((tag) => (
          <li key={tag.id} title={tag.description}>
            <span className={`swatch ${tagClass(tagSlot(ids, tag.id))}`} aria-hidden="true" />
            {tag.label}
          </li>
        ))}
      </ul>
      <ul className="legend-shapes" aria-label={i18n._('Shapes by date precision')}>
        <li>
          <span className="shape shape-day" aria-hidden="true" /> {i18n._('Known day')}
        </li>
        <li>
          <span className="shape shape-vague" aria-hidden="true" /> {i18n._('Month or year only')}
        </li>
        <li>
          <span className="shape shape-interval" aria-hidden="true" /> {i18n._('Period')}
        </li>
        <li>
          <span className="shape shape-approximate" aria-hidden="true" /> {i18n._('Approximate (c.) or uncertain (?)')}
        </li>
      </ul>
    </div>
  );
}
