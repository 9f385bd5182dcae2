import type { I18n } from '@lingui/core';
import { useState } from 'react';
import { DisclosurePopover, type ClosePopover } from '../../components/disclosure-popover';
import { useI18n } from '../../i18n/use-i18n';
import { downloadBlob } from '../../lib/download';
import { useNarrowScreen } from '../../lib/use-media-query';

type Format = 'png' | 'svg';

/** The drawing code could not be fetched (offline, or a deploy replaced it). */
class NotLoaded extends Error {}

// One load a page: the drawing code and canvg are fetched the first time a reader asks for a picture.
// A failed import() stays failed in this page (browsers keep a module's failure), so the reader is told to reload.
const library = () => import('./view-image').catch(() => Promise.reject(new NotLoaded()));

// The labels are format names, the same in every language.
const FORMATS = [
  { format: 'png', label: 'PNG', hint: /*i18n*/ { id: '3200 pixels wide, for slides and posts' } },
  { format: 'svg', label: 'SVG', hint: /*i18n*/ { id: 'scales to any size; its titles are text' } },
] as const;

/** What went wrong, in words; the view itself lives in the address, so a reload loses nothing. */
const failure = (i18n: I18n, error: unknown) =>
  error instanceof NotLoaded
    ? i18n._('The picture could not be made: its drawing code did not load (is the connection down?). Reload the page and try again; the address keeps the view.')
    : i18n._('The picture could not be made: {reason}. The view is as it was; try again.', {
        reason: error instanceof Error && error.message ? error.message : i18n._('the browser refused'),
      });

/**
 * "Download image" (issue 23): the timeline as the reader sees it (period,
 * events, filters) as a PNG or an SVG. Beside "Print or save as PDF" in the
 * header, inside the Export panel on a phone (`inPanel`). The buttons are
 * disabled while a picture is made; a failure is said in words, and nothing
 * of the view changes.
 */
export function DownloadImage({ inPanel = false }: { inPanel?: boolean }) {
  const i18n = useI18n();
  const narrow = useNarrowScreen();
  const [making, setMaking] = useState<Format | null>(null);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  if (narrow !== inPanel) return null;

  const make = async (format: Format, close?: ClosePopover) => {
    setMaking(format);
    setStatus({ text: i18n._('Making the {format}…', { format: format.toUpperCase() }), failed: false });
    try {
      const { makeViewImage } = await library();
      const image = await makeViewImage(format);
      downloadBlob(image.fileName, image.blob);
      setStatus({ text: i18n._('Saved {name}', { name: image.fileName }), failed: false });
      close?.({ refocus: true });
    } catch (error) {
      setStatus({ text: failure(i18n, error), failed: true });
    } finally {
      setMaking(null);
    }
  };

  const buttons = (close?: ClosePopover) => (
    <ul className="image-formats">
      {FORMATS.map(({ format, label, hint }) => (
        <li key={format}>
          <button type="button" onClick={() => void make(format, close)} disabled={making !== null} aria-describedby={`image-hint-${format}${inPanel ? '-panel' : ''}`}>
            {making === format ? `${label}…` : label}
          </button>{' '}
          <span className="hint" id={`image-hint-${format}${inPanel ? '-panel' : ''}`}>
            {i18n._(hint)}
          </span>
        </li>
      ))}
    </ul>
  );
  // Visible while making and after a failure; a success is only announced, as the panel closes.
  const message = status ? (
    <p className={status.failed ? 'image-status is-error' : 'image-status'} role={status.failed ? 'alert' : 'status'}>
      {status.failed || making ? status.text : null}
    </p>
  ) : null;

  if (inPanel) {
    return (
      <div className="export-image">
        <p>{i18n._('Download image of the period shown, with its events and filters:')}</p>
        {buttons()}
        {status ? <p role={status.failed ? 'alert' : 'status'} className={status.failed ? 'image-status is-error' : 'image-status'}>{status.text}</p> : null}
      </div>
    );
  }
  return (
    <>
      <DisclosurePopover label={i18n._('Download image')} className="image-menu" panelClassName="export-panel image-panel">
        {(close) => (
          <>
            <p>{i18n._('The period shown, with its events and the filters, as:')}</p>
            {buttons(close)}
            {message}
          </>
        )}
      </DisclosurePopover>
      <p role="status" className="visually-hidden">
        {status && !status.failed && !making ? status.text : ''}
      </p>
    </>
  );
}
