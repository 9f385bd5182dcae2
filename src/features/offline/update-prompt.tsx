import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';

/** The announcement of a new version (issue 24): polite, and the reader decides when to reload. */
export function UpdatePrompt() {
  const i18n = useI18n();
  const update = useAppStore((s) => s.update);
  return (
    <div className="update-prompt-region" role="status" aria-live="polite">
      {update ? (
        <div className="update-prompt">
          <p>{i18n._('Updated timeline available — reload to see it.')}</p>
          <button type="button" onClick={update.apply}>
            {i18n._('Reload')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
