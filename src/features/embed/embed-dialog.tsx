import type { I18n } from '@lingui/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { withElements } from '../../components/with-elements';
import { useI18n } from '../../i18n/use-i18n';
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

function describeView(state: AppState, viewHref: (state: AppState) => string, i18n: I18n): View {
  const model = state.model;
  const event = state.selectedId ? model?.eventById.get(state.selectedId) : undefined;
  const shown = selectVisibleEvents(state).length;
  const total = model?.events.length ?? 0;
  return {
    href: viewHref(state),
    // One sentence whose clauses are chosen by select, so a translation can order them (issue 22).
    scope: i18n._(
      'The frame {target, select, event {opens at “{title}”} other {opens on the whole timeline}}{filtered, select, yes {, with the filters set here ({shown} of {total, plural, one {# event} other {# events}})} other {}}{period, select, yes {, on the period now on screen} other {}}.',
      { target: event ? 'event' : 'timeline', title: event?.title, filtered: shown < total ? 'yes' : 'no', shown, total, period: state.window ? 'yes' : 'no' },
    ),
    exampleId: event?.id ?? model?.events[0]?.id ?? null,
    siteTitle: model?.title ?? i18n._('Timeline'),
    openedFile: state.openedFile?.name ?? null,
  };
}

/** The dialog, loaded when a reader first asks for it: it is not needed to read the timeline. */
export function EmbedDialog({ viewHref, onClose }: { viewHref: (state: AppState) => string; onClose: () => void }) {
  const i18n = useI18n();
  // The view as it was when the reader asked: the dialog is modal, so nothing changes it meanwhile.
  const [view] = useState(() => describeView(useAppStore.getState(), viewHref, i18n));
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
      setStatus(i18n._('Copied. Paste it into your article’s HTML.'));
    } catch {
      code.current?.focus();
      code.current?.select();
      setStatus(i18n._('Copying was refused; the code is selected, so press Ctrl+C (⌘C on a Mac).'));
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-scope`} onClose={onClose} onKeyDown={keepFocusInside}>
      <div className="dialog-bar">
        <h2 id={`${id}-title`}>{i18n._('Embed this timeline')}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {i18n._('Close')}
        </button>
      </div>
      {view.openedFile ? (
        <p id={`${id}-scope`}>
          {i18n._(
            'An embed shows this site’s own timeline. “{file}” is open only in your browser, so it cannot be embedded; go back to the bundled timeline to embed it.',
            { file: view.openedFile },
          )}
        </p>
      ) : (
        <>
          <p id={`${id}-scope`}>
            {i18n._('Paste this code into your article’s HTML.')} {view.scope}
          </p>
          <label className="embed-code-label" htmlFor={`${id}-code`}>
            {i18n._('Embed code')}
          </label>
          <textarea ref={code} id={`${id}-code`} className="embed-code" readOnly rows={5} spellCheck={false} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          <label className="switch">
            <input type="checkbox" checked={withScript} onChange={(e) => setWithScript(e.target.checked)} />
            {i18n._('Include embed.js')}
          </label>
          <p className="embed-hint">
            {withScript
              ? withElements(
                  (v) =>
                    i18n._(
                      'With it, the frame fits its content, and your article’s address opens an event: link to it with {fragment} at the end. The address follows the event a reader opens.',
                      v,
                    ),
                  // The address's syntax, the same in every language.
                  { fragment: <code>{`#event=${view.exampleId ?? 'id'}`}</code> },
                )
              : i18n._('Without it, the frame is {height} pixels tall and scrolls what does not fit; it works where pages allow no scripts.', { height: EMBED_HEIGHT })}
          </p>
          <p className="embed-actions">
            <button ref={copyButton} type="button" className="primary" onClick={() => void copy()}>
              {i18n._('Copy code')}
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
