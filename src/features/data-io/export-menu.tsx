import { useEffect, useRef, useState } from 'react';
import { slugify } from '../../domain/formats/slug';
import { formatCount } from '../../lib/format-count';
import { eventUrlBase } from '../../lib/site-url';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { downloadText } from './download';

type Format = 'json' | 'csv' | 'timelinejs' | 'ics';

const FORMATS: { format: Format; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'this app’s format, with sources and disputes' },
  { format: 'csv', label: 'CSV', hint: 'for spreadsheets; opens here again' },
  { format: 'timelinejs', label: 'TimelineJS', hint: 'JSON for TimelineJS3' },
  { format: 'ics', label: 'Calendar (ICS)', hint: 'all-day entries over each date’s span' },
];

/** The file's text, built by a converter loaded only when someone exports (it is not needed to read the timeline). */
async function build(format: Format): Promise<{ text: string; type: string; extension: string } | { error: string }> {
  const state = useAppStore.getState();
  const model = state.model;
  if (!model) return { error: 'there is no timeline to export' };
  const events = selectVisibleEvents(state);
  if (format === 'json') {
    const { datasetToJson, eventsToDataset } = await import('../../domain/formats/json-export');
    return { text: datasetToJson(eventsToDataset(model, events)), type: 'application/json', extension: 'json' };
  }
  if (format === 'csv') {
    const { eventsToCsv } = await import('../../domain/formats/csv-export');
    return { text: eventsToCsv(model, events), type: 'text/csv;charset=utf-8', extension: 'csv' };
  }
  if (format === 'timelinejs') {
    const { eventsToTimelineJs } = await import('../../domain/formats/timelinejs-export');
    return { text: eventsToTimelineJs(model, events), type: 'application/json', extension: 'timelinejs.json' };
  }
  const { eventsToIcs } = await import('../../domain/formats/ics-export');
  // Events of an opened file have no pages on this site, so their entries carry no link.
  const result = eventsToIcs(model, events, { eventUrlBase: state.openedFile ? null : eventUrlBase(), uidDomain: window.location.hostname || 'localhost' });
  return result.ok ? { text: result.text, type: 'text/calendar;charset=utf-8', extension: 'ics' } : { error: result.error };
}

/** Export of what is shown: the filtered events, in four formats. */
export function ExportMenu() {
  const count = useAppStore((s) => selectVisibleEvents(s).length);
  const title = useAppStore((s) => s.model?.title ?? 'timeline');
  const filtered = useAppStore((s) => (s.model ? selectVisibleEvents(s).length < s.model.events.length : false));
  const [status, setStatus] = useState('');
  const details = useRef<HTMLDetailsElement>(null);

  // Like a menu: a click elsewhere or Escape closes it.
  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (details.current?.open && !details.current.contains(event.target as Node)) details.current.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.current?.open) return;
      details.current.open = false;
      details.current.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  const save = async (format: Format) => {
    const built = await build(format);
    if ('error' in built) return setStatus(`Nothing exported: ${built.error}.`);
    const name = `${slugify(title, 'timeline')}${filtered ? '-filtered' : ''}.${built.extension}`;
    downloadText(name, built.text, built.type);
    setStatus(`Saved ${name}`);
    if (details.current) details.current.open = false;
  };

  return (
    <>
    <details className="export-menu" ref={details}>
      <summary>Export</summary>
      <div className="export-panel">
        <p className="export-scope">
          {filtered ? `The ${formatCount(count)} events the filters show` : `All ${formatCount(count)} events`}, as:
        </p>
        <ul>
          {FORMATS.map(({ format, label, hint }) => (
            <li key={format}>
              <button type="button" onClick={() => void save(format)} disabled={count === 0} aria-describedby={`export-hint-${format}`}>
                {label}
              </button>{' '}
              <span className="hint" id={`export-hint-${format}`}>
                {hint}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </details>
    <p role="status" className="visually-hidden">
      {status}
    </p>
    </>
  );
}
