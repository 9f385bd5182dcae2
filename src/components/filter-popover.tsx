import type { ReactNode } from 'react';
import { DisclosurePopover } from './disclosure-popover';

interface Props {
  label: string;
  /** How many values are set: the button is marked while any is. */
  activeCount: number;
  /** What is set, in words, shown on the button after the label ("Actors: Donald Trump Jr."); the count when absent. */
  summary?: string | null;
  children: ReactNode;
}

/** One filter's control: the app's disclosure popover, its button marked and counted while the filter is set. */
export function FilterPopover({ label, activeCount, summary, children }: Props) {
  return (
    <DisclosurePopover
      label={label}
      className="filter-popover"
      buttonClassName={activeCount > 0 ? 'is-active' : undefined}
      badge={activeCount > 0 ? <span className="active-count">{summary ? `: ${summary}` : ` (${activeCount})`}</span> : null}
    >
      {children}
    </DisclosurePopover>
  );
}
