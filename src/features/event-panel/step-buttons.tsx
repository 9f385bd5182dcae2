import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { useStep } from './use-step';

/** Previous / next event among the visible ones (also N and P on the keyboard). */
export function StepButtons() {
  const i18n = useI18n();
  const select = useAppStore((s) => s.select);
  const { previous, next, position, total } = useStep();
  return (
    <div className="button-group" role="group" aria-label={i18n._('Step through events')}>
      <button type="button" disabled={!previous} onClick={() => previous && select(previous.id)} aria-keyshortcuts="P">
        <span className="reading-arrow" aria-hidden="true">←</span> {i18n._('Previous')}
      </button>
      {position > 0 ? (
        <span className="step-position" aria-live="polite">
          {position} / {total}
        </span>
      ) : null}
      <button type="button" disabled={!next} onClick={() => next && select(next.id)} aria-keyshortcuts="N">
        {i18n._('Next')} <span className="reading-arrow" aria-hidden="true">→</span>
      </button>
    </div>
  );
}
