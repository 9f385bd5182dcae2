import { loadDataset, type Problem, type TimelineModel } from '../load-dataset';
import type { Dataset } from '../schema';
import { problem, type ConvertResult } from './converted';
import { csvToDataset } from './csv-import';
import { timelineJsToDataset } from './timelinejs-import';

/**
 * A file a reader or an author brings: bytes and a name in, a checked
 * timeline (or the reasons there is none) out. The app runs this in a Web
 * Worker; `npm run import` runs it in Node. Nothing here touches the network.
 *
 * Policy: unlike the bundled file, an opened file with a bad row is refused
 * whole, with every problem by row and field, so an author fixes the file
 * rather than publishing a timeline with silent gaps. Warnings that hide no
 * event (an unchecked quote, an event without a source) do not refuse it.
 */

export type FileFormat = 'json' | 'timelinejs' | 'csv';

/** Spreadsheets of a newsroom's events are small; a larger CSV is more likely a mistake than a timeline. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
/** Our own JSON carries full article texts; the same limit as the bundled file. */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

export const FORMAT_NAMES: Record<FileFormat, string> = { json: 'timeline JSON', timelinejs: 'TimelineJS JSON', csv: 'CSV' };

export type OpenResult =
  | { ok: true; format: FileFormat; dataset: Dataset; model: TimelineModel; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const refuse = (where: string, message: string): OpenResult => ({ ok: false, problems: [problem(where, message)] });
const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

function expectsCsv(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

/** UTF-8 text without its byte order mark, or where the first byte that is not UTF-8 lies. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\ufffd');
    return { ok: false, line: lenient.slice(0, Math.max(at, 0)).split('\n').length };
  }
}

function convert(name: string, text: string): ConvertResult & { format?: FileFormat } {
  const json = !expectsCsv(name) && /^\s*[{[]/.test(text);
  if (!json) return { ...csvToDataset(text, name), format: 'csv' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem('data file', `is not valid JSON: ${(error instanceof Error ? error.message : String(error)).slice(0, 200)}`)] };
  }
  if (value && typeof value === 'object' && 'schemaVersion' in value) {
    return { ok: true, format: 'json', converted: { dataset: value as Dataset, describe: (where) => where } };
  }
  if (value && typeof value === 'object' && 'events' in value) return { ...timelineJsToDataset(value, name), format: 'timelinejs' };
  return {
    ok: false,
    problems: [problem('data file', 'is JSON, but neither a timeline in this app\'s format (it has no "schemaVersion") nor a TimelineJS file (it has no "events")')],
  };
}

export function openFile(name: string, bytes: Uint8Array): OpenResult {
  const limit = expectsCsv(name) ? MAX_CSV_BYTES : MAX_JSON_BYTES;
  if (bytes.byteLength > limit) {
    return refuse('data file', `is ${megabytes(bytes.byteLength)}; ${expectsCsv(name) ? 'a CSV file' : 'a file'} may be at most ${megabytes(limit)}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return refuse(`line ${decoded.line}`, 'is not UTF-8 text (perhaps Latin-1 or Windows-1252); save the file as UTF-8 (in Excel: "CSV UTF-8") and open it again');
  }
  const result = convert(name, decoded.text);
  if (!result.ok || !result.format) return { ok: false, problems: result.ok ? [] : result.problems };
  const { dataset, describe } = result.converted;
  const relabel = (p: Problem): Problem => ({ ...p, where: describe(p.where) });
  const loaded = loadDataset(dataset);
  if (!loaded.ok) {
    // "No event could be shown" adds nothing when the reasons follow, and an opened file is refused for any of them anyway.
    const errors = loaded.warnings.length > 0 ? loaded.errors.filter((e) => !(e.where === 'events' && /^no event could be shown/.test(e.message))) : loaded.errors;
    return { ok: false, problems: [...errors, ...loaded.warnings].map(relabel) };
  }
  // A skipped story or step is a silent gap too.
  if (loaded.warnings.some((w) => w.skipsEvent || w.skipsStory)) {
    return { ok: false, problems: loaded.warnings.map(relabel) };
  }
  return { ok: true, format: result.format, dataset, model: loaded.model, warnings: loaded.warnings.map(relabel) };
}
