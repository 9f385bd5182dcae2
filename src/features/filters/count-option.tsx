import type { ReactNode } from 'react';
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
  return (
    <li>
      <label title={description}>
        <input type="checkbox" checked={checked} onChange={onToggle} />
        {marker}
        <span className="option-name">{name}</span>
        <span className="count">
          {formatCount(count)}
          <span className="visually-hidden"> {count === 1 ? 'event' : 'events'}</span>
        </span>
      </label>
    </li>
  );
}
