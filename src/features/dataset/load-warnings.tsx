import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';
import { ProblemList } from './problem-list';

/**
 * Loaded, with something to say about the data. When events were skipped it
 * is a warning; otherwise (an unchecked quote, an unused tag) these are
 * notices and look like notes, not like a warning (issue 20).
 */
export function LoadWarnings() {
  const warnings = useAppStore((s) => s.warnings);
  const openedFile = useAppStore((s) => s.openedFile);
  if (warnings.length === 0) return null;
  const skipped = warnings.filter((w) => w.skipsEvent).length;
  if (skipped === 0) {
    const count = warnings.filter((w) => !w.overflow).length;
    return (
      <details className="load-notices">
        <summary>
          {count === 1 ? 'A note' : `${formatCount(count)} notes`} about {openedFile ? 'this file' : 'the data'} (details)
        </summary>
        <ProblemList problems={warnings} />
      </details>
    );
  }
  return (
    <details className="load-warnings">
      <summary>
        {`${formatCount(skipped)} event${skipped === 1 ? ' was' : 's were'} skipped because of problems in the data`}
        {' '}(details)
      </summary>
      <ProblemList problems={warnings} />
    </details>
  );
}
