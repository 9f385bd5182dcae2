import Papa from 'papaparse';
import type { TimelineEvent } from '../schema';
import { needsQuotes, neutraliseCell } from './csv-cells';
import { EVENT_COLUMNS, LIST_SEPARATOR, SOURCE_FIELDS, formatActorCell, sourceColumn } from './csv-columns';
import type { ExportModel } from './export-source';
import type { Pieces } from './pieces';

/**
 * Events as the CSV that csv-import.ts reads. Disputes have no columns and
 * are left out (the JSON export keeps them). Starts with a byte order mark so
 * spreadsheet programs read it as UTF-8.
 */
export function eventsToCsv(model: ExportModel, events: readonly TimelineEvent[]): string {
  const sourceCount = events.reduce((n, e) => Math.max(n, e.sources.length), 1);
  const rows = events.map((event) => csvRow(model, event, sourceCount));
  return `\ufeff${Papa.unparse([headerRow(sourceCount), ...rows], UNPARSE)}\r\n`;
}

/**
 * The same file as pieces, a row at a time, for writing in slices (issue 21).
 * Papa.unparse joins rows with the newline and ends none, so rows unparsed
 * one by one and joined by it are the same text.
 */
export function* eventsToCsvPieces(model: ExportModel, events: readonly TimelineEvent[]): Pieces {
  let sourceCount = 1;
  for (const event of events) sourceCount = Math.max(sourceCount, event.sources.length);
  yield `\ufeff${Papa.unparse([headerRow(sourceCount)], UNPARSE)}`;
  for (const [i, event] of events.entries()) {
    yield `\r\n${Papa.unparse([csvRow(model, event, sourceCount)], UNPARSE)}`;
    yield i + 1;
  }
  yield '\r\n';
}

// papaparse's own formula check looks only at a cell's start and quotes only for its own separator; csv-cells.ts does both for every locale.
const UNPARSE = { escapeFormulae: false, quotes: needsQuotes, newline: '\r\n' };

function headerRow(sourceCount: number): string[] {
  const header: string[] = [...EVENT_COLUMNS];
  for (let n = 1; n <= sourceCount; n++) for (const field of SOURCE_FIELDS) header.push(sourceColumn(n, field));
  return header;
}

function csvRow(model: ExportModel, event: TimelineEvent, sourceCount: number): string[] {
  const actors = event.actors.map((id) => {
    const actor = model.actorById.get(id);
    return actor ? formatActorCell(actor.name, actor.kind) : id;
  });
  const tags = event.tags.map((id) => model.tagById.get(id)?.label ?? id);
  const cells = [event.id, event.date, event.title, event.summary, actors.join(`${LIST_SEPARATOR} `), tags.join(`${LIST_SEPARATOR} `)];
  for (let n = 0; n < sourceCount; n++) {
    const source = event.sources[n];
    const article = source ? model.articles.get(source.article) : undefined;
    cells.push(article?.url ?? '', article?.outlet ?? '', article?.title ?? '', article?.published ?? '', source?.quote ?? '', source?.dateBasis ?? '');
  }
  return cells.map(neutraliseCell);
}
