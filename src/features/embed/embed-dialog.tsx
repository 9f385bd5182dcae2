import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { publishedSiteUrl } from '../../lib/site-url';
import { useAppStore, type AppState } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { EMBED_HEIGHT, embedSnippet } from './embed-snippet';
import './embed-dialog.css';

interface View {
  /** The embed's address for this view, relative to the site: `<base>embed/?…`. */
  href: string;
  /** What the frame will open on, in words. */
  scope: string;
  /** An event id for the example of an article link. */
  exampleId: string | null;
  siteTitle: string;
  /** The name of a file the reader opened: it is not on the site, so it cannot be embedded. */
  openedFile: string | null;
}

function describeView(state: AppState, viewHref: (state: AppState) => string): View {
  const model = state.model;
  const event = state.selectedId ? model?.eventById.get(state.selectedId) : undefined;
  const shown = selectVisibleEvents(state).length;
  const total = model?.events.length ?? 0;
  const parts = [event ? `opens at “${event.title}”` : 'opens on the whole timeline'];
  if (shown < total) parts.push(`with the filters set here (${shown} of ${total} events)`);
  if (state.window) parts.push('on the period now on screen');
  return {
    href: viewHref(state),
    scope: `The frame ${parts.join(', ')}.`,
    exampleId: event?.id ?? model?.events[0]?.id ?? null,
    siteTitle: model?.title ?? 'Timeline',
    openedFile: state.openedFile?.name ?? null,
  };
}

/** The dialog, loaded when a reader first asks for it: it is not needed to read the timeline. */
export function EmbedDialog({ viewHref, onClose }: { viewHref: (state: AppState) => string; onClose: () => void }) {
  // The view as it was when the reader asked: the dialog is modal, so nothing changes it meanwhile.
  const [view] = useState(() => describeView(useAppStore.getState(), viewHref));
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const [withScript, setWithScript] = useState(true);
  const [status, setStatus] = useState('');
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // The dialog's own focusing picks its first control; the one a reader came for is Copy.
    copyButton.current?.focus();
    return () => element?.close();
  }, []);

  const site = publishedSiteUrl();
  const snippet = embedSnippet({
    src: new URL(view.href, site).href,
    script: withScript ? new URL('embed.js', site).href : null,
    title: view.siteTitle,
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied. Paste it into your article’s HTML.');
    } catch {
      code.current?.focus();
      code.current?.select();
      setStatus('Copying was refused; the code is selected, so press Ctrl+C (⌘C on a Mac).');
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-scope`} onClose={onClose} onKeyDown={keepFocusInside}>
      <div className="dialog-bar">
        <h2 id={`${id}-title`}>Embed this timeline</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {view.openedFile ? (
        <p id={`${id}-scope`}>
          An embed shows this site’s own timeline. “{view.openedFile}” is open only in your browser, so it cannot be embedded; go back to the bundled timeline to embed it.
        </p>
      ) : (
        <>
          <p id={`${id}-scope`}>
            Paste this code into your article’s HTML. {view.scope}
          </p>
          <label className="embed-code-label" htmlFor={`${id}-code`}>
            Embed code
          </label>
          <textarea ref={code} id={`${id}-code`} className="embed-code" readOnly rows={5} spellCheck={false} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          <label className="switch">
            <input type="checkbox" checked={withScript} onChange={(e) => setWithScript(e.target.checked)} />
            Include embed.js
          </label>
          <p className="embed-hint">
            {withScript ? (
              <>
                With it, the frame fits its content, and your article’s address opens an event: link to it with <code>#event={view.exampleId ?? 'id'}</code> at the end. The address follows the event a reader opens.
              </>
            ) : (
              <>Without it, the frame is {EMBED_HEIGHT} pixels tall and scrolls what does not fit; it works where pages allow no scripts.</>
            )}
          </p>
          <p className="embed-actions">
            <button ref={copyButton} type="button" className="primary" onClick={() => void copy()}>
              Copy code
            </button>{' '}
            <span role="status" className="copy-status">
              {status}
            </span>
          </p>
        </>
      )}
    </dialog>
  );
}

/** A modal dialog already makes the page behind it inert; this keeps Tab cycling inside it instead of leaving for the browser's toolbar. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('button, textarea, input, a[href]')].filter((el) => !el.matches(':disabled'));
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
