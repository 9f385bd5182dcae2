import { useEffect, useRef } from 'react';
import type { Problem } from '../../domain/load-dataset';
import { ProblemGroups } from '../../components/problem-groups';
import { withElements } from '../../components/with-elements';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';

/** Which timeline is shown, a file being opened, or why a file could not be: with a way back in each case. */
export function FileStatus() {
  const i18n = useI18n();
  const openedFile = useAppStore((s) => s.openedFile);
  const attempt = useAppStore((s) => s.fileAttempt);
  const backToBundled = useAppStore((s) => s.backToBundled);
  const setFileAttempt = useAppStore((s) => s.setFileAttempt);

  return (
    <>
      {attempt?.problems ? <OpenFailure name={attempt.name} problems={attempt.problems} warnings={attempt.warnings ?? []} onDismiss={() => setFileAttempt(null)} /> : null}
      <div className="file-status" role="status">
        {attempt && !attempt.problems ? <p>{i18n._('Opening {name}…', { name: attempt.name })}</p> : null}
        {openedFile ? (
          <p className="opened-file">
            <span>
              {withElements((v) => i18n._('Showing your file {name}. It stays in this browser; a reload returns to the bundled timeline.', v), {
                name: <strong className="file-name">{openedFile.name}</strong>,
              })}
            </span>
            <button type="button" onClick={backToBundled}>
              {i18n._('Back to the bundled timeline')}
            </button>
          </p>
        ) : null}
      </div>
    </>
  );
}

function OpenFailure({ name, problems, warnings, onDismiss }: { name: string; problems: Problem[]; warnings: Problem[]; onDismiss: () => void }) {
  const i18n = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problems]);
  return (
    <div className="open-failure" role="alert" tabIndex={-1} ref={ref} aria-labelledby="open-failure-title">
      <h2 id="open-failure-title">{withElements((v) => i18n._('“{name}” could not be opened', v), { name: <span className="file-name">{name}</span> })}</h2>
      <p>{i18n._('Nothing was changed: the timeline below is the one that was open. Fix these problems in the file and open it again.')}</p>
      <section aria-labelledby="open-failure-reasons">
        <h3 id="open-failure-reasons">{i18n._('Why it was refused')}</h3>
        <ProblemGroups problems={problems} />
      </section>
      {warnings.length > 0 ? (
        <section aria-labelledby="open-failure-warnings" className="open-failure-warnings">
          <h3 id="open-failure-warnings">{i18n._('Warnings, which alone would not refuse it')}</h3>
          <ProblemGroups problems={warnings} />
        </section>
      ) : null}
      <button type="button" onClick={onDismiss}>
        {i18n._('Dismiss')}
      </button>
    </div>
  );
}
