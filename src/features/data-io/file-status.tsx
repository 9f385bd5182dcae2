import { useEffect, useRef } from 'react';
import type { Problem } from '../../domain/load-dataset';
import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';

const SHOWN = 50;

/** Which timeline is shown, a file being opened, or why a file could not be: with a way back in each case. */
export function FileStatus() {
  const openedFile = useAppStore((s) => s.openedFile);
  const attempt = useAppStore((s) => s.fileAttempt);
  const backToBundled = useAppStore((s) => s.backToBundled);
  const setFileAttempt = useAppStore((s) => s.setFileAttempt);

  return (
    <>
      {attempt?.problems ? <OpenFailure name={attempt.name} problems={attempt.problems} onDismiss={() => setFileAttempt(null)} /> : null}
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

function OpenFailure({ name, problems, onDismiss }: { name: string; problems: Problem[]; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [problems]);
  return (
    <div className="open-failure" role="alert" tabIndex={-1} ref={ref} aria-labelledby="open-failure-title">
      <h2 id="open-failure-title">
        “<span className="file-name">{name}</span>” could not be opened
      </h2>
      <p>Nothing was changed: the timeline below is the one that was open. Fix these problems in the file and open it again.</p>
      <ul className="problem-list">
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            <code>{problem.where}</code>: {problem.message}
          </li>
        ))}
        {problems.length > SHOWN ? <li>…and {formatCount(problems.length - SHOWN)} more.</li> : null}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
