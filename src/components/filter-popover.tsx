import type { ReactNode } from 'react';
import { DisclosurePopover } from './disclosure-popover';

interface Props {
  label: string;
  /** How many values are set, shown on the button. */
  activeCount: number;
  children: ReactNode;
}

/** One filter's control: the app's disclosure popover, its button marked and counted while the filter is set. */
export function FilterPopover({ label, activeCount, children }: Props) {
  return (
    <DisclosurePopover
      label={label}
      className="filter-popover"
      buttonClassName={activeCount > 0 ? 'is-active' : undefined}
      badge={activeCount > 0 ? <span className="active-count"> ({activeCount})</span> : null}
    >
      {children}
    </DisclosurePopover>
  );
}
