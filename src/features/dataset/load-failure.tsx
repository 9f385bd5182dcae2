import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { ProblemList } from './problem-list';

/** When the data cannot be shown at all: what is wrong, and a way to try again. */
export function LoadFailure() {
  const i18n = useI18n();
  const errors = useAppStore((s) => s.errors);
  const warnings = useAppStore((s) => s.warnings);
  return (
    <div className="load-failure" role="alert">
      <h2>{i18n._('The timeline data could not be loaded')}</h2>
      <ProblemList problems={errors} />
      {warnings.length > 0 ? (
        <details>
          <summary>{i18n._('{count, plural, one {# more problem} other {# more problems}}', { count: warnings.length })}</summary>
          <ProblemList problems={warnings} />
        </details>
      ) : null}
      <button type="button" onClick={() => window.location.reload()}>
        {i18n._('Reload')}
      </button>
    </div>
  );
}
