import { loadDataset, type Problem, type TimelineModel } from '../load-dataset';
import { capProblems } from '../problems';
import type { Dataset } from '../schema';
import { problem, type ConvertResult } from './converted';
import { csvToDataset } from './csv-import';
import { contentKind, decodeText, encodingMessage, sizeProblem, type ContentKind } from './file-bytes';
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


export const FORMAT_NAMES: Record<FileFormat, string> = { json: 'timeline JSON', timelinejs: 'TimelineJS JSON', csv: 'CSV' };

export type OpenResult =
  | { ok: true; format: FileFormat; dataset: Dataset; model: TimelineModel; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const refuse = (where: string, message: string): OpenResult => ({ ok: false, problems: [problem(where, message)] });
function convert(name: string, kind: ContentKind, text: string): ConvertResult & { format?: FileFormat } {
  if (kind === 'csv') return { ...csvToDataset(text, name), format: 'csv' };
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
  // The kind and its limit come from the content; the name may say anything.
  const kind = contentKind(bytes);
  const tooBig = sizeProblem(bytes);
  if (tooBig) return refuse('data file', tooBig);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(decoded.encoding === 'utf-16' ? 'data file' : `line ${decoded.line}`, encodingMessage(decoded.encoding, kind));
  const result = convert(name, kind, decoded.text);
  if (!result.ok || !result.format) return { ok: false, problems: result.ok ? [] : capProblems(result.problems) };
  const { dataset, describe } = result.converted;
  const relabel = (p: Problem): Problem => ({ ...p, where: describe(p.where) });
  const loaded = loadDataset(dataset);
  if (!loaded.ok) {
    // "No event could be shown" adds nothing when the reasons follow, and an opened file is refused for any of them anyway.
    const errors = loaded.warnings.length > 0 ? loaded.errors.filter((e) => !(e.where === 'events' && /^no event could be shown/.test(e.message))) : loaded.errors;
    return { ok: false, problems: capProblems([...errors, ...loaded.warnings].map(relabel)) };
  }
  // A skipped story or step is a silent gap too.
  if (loaded.warnings.some((w) => w.skipsEvent || w.skipsStory)) {
    return { ok: false, problems: capProblems(loaded.warnings.map(relabel)) };
  }
  return { ok: true, format: result.format, dataset, model: loaded.model, warnings: capProblems(loaded.warnings.map(relabel)) };
}
