import { useAppStore } from '../../store/app-store';
import { ProblemList } from './problem-list';

/** When the data cannot be shown at all: what is wrong, and a way to try again. */
export function LoadFailure() {
  const errors = useAppStore((s) => s.errors);
  const warnings = useAppStore((s) => s.warnings);
  return (
    <div className="load-failure" role="alert">
      <h2>The timeline data could not be loaded</h2>
      <ProblemList problems={errors} />
      {warnings.length > 0 ? (
        <details>
          <summary>{warnings.length} more problems</summary>
          <ProblemList problems={warnings} />
        </details>
      ) : null}
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
