import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { formatCount } from '../../lib/format-count';

interface Props {
  name: string;
  description: string;
  count: number;
  checked: boolean;
  onToggle: () => void;
  /** Drawn before the name, e.g. a tag's colour swatch. */
  marker?: ReactNode;
}

/** One choice in a filter list: checkbox, name, and how many events it has. */
export function CountOption({ name, description, count, checked, onToggle, marker }: Props) {
  const i18n = useI18n();
  return (
    <li>
      <label title={description}>
        <input type="checkbox" checked={checked} onChange={onToggle} />
        {marker}
        <span className="option-name">{name}</span>
        <span className="count">
          {formatCount(count)}
          {/* The word only, after the number shown: a screen reader hears "12 events". */}
          <span className="visually-hidden"> {i18n._('{count, plural, one {event} other {events}}', { count })}</span>
        </span>
      </label>
    </li>
  );
}
