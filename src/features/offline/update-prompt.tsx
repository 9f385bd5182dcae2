import { useAppStore } from '../../store/app-store';

/** The announcement of a new version (issue 24): polite, and the reader decides when to reload. */
export function UpdatePrompt() {
  const update = useAppStore((s) => s.update);
  return (
    <div className="update-prompt-region" role="status" aria-live="polite">
      {update ? (
        <div className="update-prompt">
          <p>Updated timeline available — reload to see it.</p>
          <button type="button" onClick={update.apply}>
            Reload
          </button>
        </div>
      ) : null}
    </div>
  );
}
