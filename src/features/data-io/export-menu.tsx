import type { I18n } from '@lingui/core';
import { useRef, useState, type ReactNode } from 'react';
import { DisclosurePopover, type ClosePopover } from '../../components/disclosure-popover';
import { slugify } from '../../domain/formats/slug';
import { useI18n } from '../../i18n/use-i18n';
import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { downloadBlob } from '../../lib/download';
import type { Format } from './export-file';
import { SubscribeLink } from './subscribe-link';

/** Built at each render, in the language on screen; the formats' own names stay as they are. */
const formats = (i18n: I18n): { format: Format; label: string; hint: string }[] => [
  { format: 'json', label: 'JSON', hint: i18n._('this app’s format, with sources and disputes') },
  { format: 'csv', label: 'CSV', hint: i18n._('for spreadsheets; opens here again') },
  { format: 'timelinejs', label: 'TimelineJS', hint: i18n._('JSON for TimelineJS3') },
  { format: 'ics', label: i18n._('Calendar (ICS)'), hint: i18n._('all-day entries over each date’s span') },
];

/**
 * Export of what is shown: the filtered events, in four formats. The app's
 * disclosure popover, like Stories and the filters, rather than an ARIA menu:
 * each format's button carries a hint (aria-describedby) that menu items would
 * not let a screen reader reach in reading order. `more`: other ways out the
 * app puts in the panel, after the formats.
 */
export function ExportMenu({ more }: { more?: ReactNode }) {
  const i18n = useI18n();
  const count = useAppStore((s) => selectVisibleEvents(s).length);
  const title = useAppStore((s) => s.model?.title ?? 'timeline');
  const filtered = useAppStore((s) => (s.model ? selectVisibleEvents(s).length < s.model.events.length : false));
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const running = useRef<AbortController | null>(null);

  const save = async (format: Format, close: ClosePopover) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    // Loaded on the first export, with the wait for the events' texts it may need (not in the first view).
    const { buildExport } = await import('./export-file');
    const built = await buildExport(format, { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
    if (running.current === controller) running.current = null;
    setProgress(null);
    if (!built) return setStatus(i18n._('Export cancelled.'));
    if ('error' in built) return setStatus(i18n._('Nothing exported: {reason}.', { reason: built.error }));
    const name = `${slugify(title, 'timeline')}${filtered ? '-filtered' : ''}.${built.extension}`;
    downloadBlob(name, built.blob);
    setStatus(i18n._('Saved {name}', { name }));
    // The format's button goes with the panel: focus goes back to Export, not to the top of the page.
    close({ refocus: true });
  };

  return (
    <>
      <DisclosurePopover label={i18n._('Export')} className="export-menu" panelClassName="export-panel">
        {(close) => (
          <>
            <p className="export-scope">
              {filtered
                ? i18n._('{count, plural, one {The # event the filters show, as:} other {The # events the filters show, as:}}', { count })
                : i18n._('{count, plural, one {All # event, as:} other {All # events, as:}}', { count })}
            </p>
            <ul>
              {formats(i18n).map(({ format, label, hint }) => (
                <li key={format}>
                  <button type="button" onClick={() => void save(format, close)} disabled={count === 0} aria-describedby={`export-hint-${format}`}>
                    {label}
                  </button>{' '}
                  <span className="hint" id={`export-hint-${format}`}>
                    {hint}
                  </span>
                </li>
              ))}
            </ul>
            {more}
            <SubscribeLink inPanel />
            {progress && (
              <p className="export-progress">
                <label>
                  {i18n._('Writing {done} of {total, plural, one {# event} other {# events}}', { done: formatCount(progress.done), total: progress.total })}{' '}
                  <progress value={progress.done} max={progress.total} />
                </label>{' '}
                <button type="button" onClick={() => running.current?.abort()}>
                  {i18n._('Cancel')}
                </button>
              </p>
            )}
          </>
        )}
      </DisclosurePopover>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </>
  );
}
