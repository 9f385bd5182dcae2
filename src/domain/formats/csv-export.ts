import Papa from 'papaparse';
import type { TimelineEvent } from '../schema';
import { needsQuotes, neutraliseCell } from './csv-cells';
import { EVENT_COLUMNS, LIST_SEPARATOR, SOURCE_FIELDS, formatActorCell, sourceColumn } from './csv-columns';
import type { ExportModel } from './export-source';

/**
 * Events as the CSV that csv-import.ts reads. Disputes have no columns and
 * are left out (the JSON export keeps them). Starts with a byte order mark so
 * spreadsheet programs read it as UTF-8.
 */
export function eventsToCsv(model: ExportModel, events: readonly TimelineEvent[]): string {
  const sourceCount = events.reduce((n, e) => Math.max(n, e.sources.length), 1);
  const header: string[] = [...EVENT_COLUMNS];
  for (let n = 1; n <= sourceCount; n++) for (const field of SOURCE_FIELDS) header.push(sourceColumn(n, field));

  const rows = events.map((event) => {
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
  });
  // papaparse's own formula check looks only at a cell's start and quotes only for its own separator; csv-cells.ts does both for every locale.
  return `\ufeff${Papa.unparse([header, ...rows], { escapeFormulae: false, quotes: needsQuotes, newline: '\r\n' })}\r\n`;
}
