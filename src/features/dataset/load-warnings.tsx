import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';
import { ProblemList } from './problem-list';

/** Loaded, but some of the data was skipped: say so, and say what. */
export function LoadWarnings() {
  const warnings = useAppStore((s) => s.warnings);
  if (warnings.length === 0) return null;
  const skipped = warnings.filter((w) => w.skipsEvent).length;
  return (
    <details className="load-warnings">
      <summary>
        {skipped > 0 ? `${formatCount(skipped)} event${skipped === 1 ? ' was' : 's were'} skipped because of problems in the data` : `${formatCount(warnings.length)} problems in the data`}
        {' '}(details)
      </summary>
      <ProblemList problems={warnings} />
    </details>
  );
}
