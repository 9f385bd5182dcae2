import { loadDataset, type Problem, type TimelineModel } from '../load-dataset';
import { SKIPPED_SUFFIX, capProblems, problemGroup, sortByGroup } from '../problems';
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

/** Refused: `problems` are the reasons, every one of them, by row; `warnings` are what would not have refused it. */
export type OpenResult =
  | { ok: true; format: FileFormat; dataset: Dataset; model: TimelineModel; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

const refuse = (where: string, message: string): OpenResult => ({ ok: false, problems: [problem(where, message)], warnings: [] });
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
  const converted = result.ok ? result.converted : result.partial;
  if (!converted || !result.format) return { ok: false, problems: capProblems(sortByGroup(result.ok ? [] : result.problems)), warnings: [] };
  const early = result.ok ? [] : result.problems;
  const { dataset, describe } = converted;
  const loaded = loadDataset(dataset);
  // "No event could be shown" adds nothing when the reasons follow, and an opened file is refused for any of them anyway.
  const found = loaded.ok ? loaded.warnings : [...loaded.errors.filter((e) => !(loaded.warnings.length > 0 && e.where === 'events' && /^no event could be shown/.test(e.message))), ...loaded.warnings];
  // A left-out event, story or step is a silent gap: a reason to refuse. The rest (an unchecked quote, an unused tag) are warnings.
  const isReason = (p: Problem) => p.severity === 'error' || p.hidesEvent === true || p.skipsStory === true;
  const relabel = (p: Problem): Problem => ({ ...p, where: describe(p.where), message: p.message.replace(SKIPPED_SUFFIX, '') });
  // A row whose source the converter refused lists no source only because of that.
  const rowsWithEarlyProblems = new Set(early.map((p) => problemGroup(p.where).key));
  const warnings = found
    .filter((p) => !isReason(p))
    .map(relabel)
    .filter((p) => !(p.message.startsWith('lists no source') && rowsWithEarlyProblems.has(problemGroup(p.where).key)));
  const reasons = [...early, ...found.filter(isReason).map((p) => ({ ...relabel(p), severity: 'error' as const }))];
  if (reasons.length > 0 || !loaded.ok) return { ok: false, problems: capProblems(sortByGroup(reasons)), warnings: capProblems(sortByGroup(warnings)) };
  return { ok: true, format: result.format, dataset, model: loaded.model, warnings: capProblems(sortByGroup(warnings)) };
}
