import type { Pieces, SliceControl } from '../../domain/formats/pieces';
import { i18n } from '../../i18n/i18n';
import { eventUrlBase } from '../../lib/site-url';
import { useAppStore } from '../../store/app-store';
import { selectShownFullEvents } from '../../store/visible-events';
import { whenFull } from '../../store/when-full';
import type { TimelineModel } from '../../domain/load-dataset';

export type Format = 'json' | 'csv' | 'timelinejs' | 'ics';

export interface ExportFile {
  /** The file, made of one Blob per slice: no 100 MB string is ever made, nor encoded in one go. */
  blob: Blob;
  extension: string;
}

/**
 * The file for the shown events, written in slices of about 30 ms with the
 * page free between them, so 150,000 events neither freeze the page nor
 * come without a way to stop (issue 21). Each converter is loaded only when
 * someone exports (it is not needed to read the timeline). Null when
 * cancelled.
 */
export async function buildExport(format: Format, control: SliceControl): Promise<ExportFile | { error: string } | null> {
  // The events' texts may still be on their way after the index drew the timeline.
  const model = await whenFull(control.signal);
  if (control.signal?.aborted) return null;
  const state = useAppStore.getState();
  if (!model) return { error: state.fullFailure ? i18n._('the events’ texts could not be loaded') : i18n._('there is no timeline to export') };
  const events = selectShownFullEvents(state);
  const { pieces, type, extension } = await writer(format, model, events, Boolean(state.openedFile));
  const { writeInSlices } = await import('../../domain/formats/pieces');
  const written = await writeInSlices(pieces, events.length, control, (text) => new Blob([text]));
  if (!written) return null;
  return written.ok ? { blob: new Blob(written.text, { type }), extension } : { error: written.error };
}

type Model = TimelineModel;
type Events = ReturnType<typeof selectShownFullEvents>;

async function writer(format: Format, model: Model, events: Events, opened: boolean): Promise<{ pieces: Pieces; type: string; extension: string }> {
  if (format === 'json') {
    const { eventsToJsonPieces } = await import('../../domain/formats/json-export');
    return { pieces: eventsToJsonPieces(model, events), type: 'application/json', extension: 'json' };
  }
  if (format === 'csv') {
    const { eventsToCsvPieces } = await import('../../domain/formats/csv-export');
    return { pieces: eventsToCsvPieces(model, events), type: 'text/csv;charset=utf-8', extension: 'csv' };
  }
  if (format === 'timelinejs') {
    const { eventsToTimelineJsPieces } = await import('../../domain/formats/timelinejs-export');
    return { pieces: eventsToTimelineJsPieces(model, events), type: 'application/json', extension: 'timelinejs.json' };
  }
  const { eventsToIcsPieces } = await import('../../domain/formats/ics-export');
  // Events of an opened file have no pages on this site, so their entries carry no link.
  const options = { eventUrlBase: opened ? null : eventUrlBase(), uidDomain: window.location.hostname || 'localhost' };
  return { pieces: eventsToIcsPieces(model, events, options), type: 'text/calendar;charset=utf-8', extension: 'ics' };
}
