import { useEffect, useRef } from 'react';
import type { Problem } from '../../domain/load-dataset';
import { ProblemGroups } from '../../components/problem-groups';
import { useAppStore } from '../../store/app-store';

/** Which timeline is shown, a file being opened, or why a file could not be: with a way back in each case. */
export function FileStatus() {
  const openedFile = useAppStore((s) => s.openedFile);
  const attempt = useAppStore((s) => s.fileAttempt);
  const backToBundled = useAppStore((s) => s.backToBundled);
  const setFileAttempt = useAppStore((s) => s.setFileAttempt);

  return (
    <>
      {attempt?.problems ? <OpenFailure name={attempt.name} problems={attempt.problems} warnings={attempt.warnings ?? []} onDismiss={() => setFileAttempt(null)} /> : null}
      <div className="file-status" role="status">
        {attempt && !attempt.problems ? <p>Opening {attempt.name}…</p> : null}
        {openedFile ? (
          <p className="opened-file">
            <span>
              Showing your file <strong className="file-name">{openedFile.name}</strong>. It stays in this browser; a reload returns to the bundled timeline.
            </span>
            <button type="button" onClick={backToBundled}>
              Back to the bundled timeline
            </button>
          </p>
        ) : null}
      </div>
    </>
  );
}

function OpenFailure({ name, problems, warnings, onDismiss }: { name: string; problems: Problem[]; warnings: Problem[]; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problems]);
  return (
    <div className="open-failure" role="alert" tabIndex={-1} ref={ref} aria-labelledby="open-failure-title">
      <h2 id="open-failure-title">
        “<span className="file-name">{name}</span>” could not be opened
      </h2>
      <p>Nothing was changed: the timeline below is the one that was open. Fix these problems in the file and open it again.</p>
      <section aria-labelledby="open-failure-reasons">
        <h3 id="open-failure-reasons">Why it was refused</h3>
        <ProblemGroups problems={problems} />
      </section>
      {warnings.length > 0 ? (
        <section aria-labelledby="open-failure-warnings" className="open-failure-warnings">
          <h3 id="open-failure-warnings">Warnings, which alone would not refuse it</h3>
          <ProblemGroups problems={warnings} />
        </section>
      ) : null}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
