import Papa from 'papaparse';
import { restoreCell } from './csv-cells';
import type { Problem } from '../load-dataset';
import { articleSchema, type Actor, type Article, type SourceRef, type Tag, type TimelineEvent } from '../schema';
import {
  EVENT_COLUMNS,
  LIST_SEPARATOR,
  REQUIRED_COLUMNS,
  SOURCE_COLUMN,
  SOURCE_FIELDS,
  parseActorCell,
  sourceColumn,
  type SourceField,
} from './csv-columns';
import { assemble, eventLocation, problem, titleFromFileName, type ConvertResult } from './converted';
import { idMaker } from './slug';

/**
 * A spreadsheet of events (see csv-columns.ts) as a document in our contract.
 * Problems name the row as a spreadsheet numbers it (the header is row 1) and
 * the column. Anything the loader finds later is renamed the same way.
 */

const MAX_PROBLEMS = 100;

const normaliseHeader = (cell: string) => cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
const list = (cell: string) => cell.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);

interface Header {
  index: Map<string, number>;
  sourceNumbers: number[];
}

function readHeader(cells: string[]): Header | Problem[] {
  const index = new Map<string, number>();
  const problems: Problem[] = [];
  const numbers = new Set<number>();
  cells.map(normaliseHeader).forEach((name, i) => {
    if (name === '' || name.startsWith('#')) return; // a blank or "#notes" column is the author's own
    const source = SOURCE_COLUMN.exec(name);
    if (!(EVENT_COLUMNS as readonly string[]).includes(name) && !source) {
      problems.push(problem(`row 1, column ${i + 1}`, `"${cells[i]}" is not a column this app knows (start its name with # to keep it as a note)`));
    } else if (index.has(name)) problems.push(problem(`row 1, column ${i + 1}`, `the column "${name}" appears twice`));
    index.set(name, i);
    if (source) numbers.add(Number(source[1]));
  });
  for (const name of REQUIRED_COLUMNS) if (!index.has(name)) problems.push(problem('row 1', `the column "${name}" is missing`));
  for (const n of numbers) {
    for (const field of ['url', 'quote'] as const) {
      if (!index.has(sourceColumn(n, field))) problems.push(problem('row 1', `the column "${sourceColumn(n, field)}" is missing (source ${n} has other columns)`));
    }
  }
  return problems.length > 0 ? problems : { index, sourceNumbers: [...numbers].sort((a, b) => a - b) };
}

/** Loader field names → the columns an author sees. */
function columnOf(field: string): string {
  const source = /^sources\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (source) {
    const n = Number(source[1]) + 1;
    const key = source[2] === 'article' || !source[2] ? 'url' : source[2] === 'dateBasis' ? 'date_basis' : source[2];
    return sourceColumn(n, key as SourceField);
  }
  return field.replace(/^(actors|tags)\[\d+\]$/, '$1');
}

/**
 * The separator, read from the header line alone: papaparse's guess looks at
 * data rows too, where the ";" of our lists would fool it. Spreadsheets in
 * many locales write ";", and tab-separated files exist, so all three count.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length;
  return ['\t', ';'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

export function csvToDataset(text: string, fileName: string): ConvertResult {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: delimiterOf(text) });
  const records = parsed.data;
  const problems: Problem[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => problem(`row ${(e.row ?? 0) + 1}`, `${e.message.replace(/\.$/, '')}: a quoted cell is not closed or has a stray quote mark`));
  if (records.length === 0 || (records.length === 1 && records[0]!.every((c) => c.trim() === ''))) {
    return { ok: false, problems: [problem('data file', 'is empty; the first row must name the columns (see "Authoring" in the README)')] };
  }
  const header = readHeader(records[0]!);
  if (Array.isArray(header)) return { ok: false, problems: [...header, ...problems] };
  const width = records[0]!.length;

  const articleId = idMaker('source');
  const actorId = idMaker('actor');
  const tagId = idMaker('tag');
  const eventId = idMaker('event');
  const articles = new Map<string, { article: Article; row: number }>();
  const actors = new Map<string, Actor>();
  const tags = new Map<string, Tag>();
  const events: TimelineEvent[] = [];
  const rows: number[] = [];
  const explicitIds = new Set(records.slice(1).map((r) => (r[header.index.get('id') ?? -1] ?? '').trim()).filter(Boolean));

  for (let r = 1; r < records.length && problems.length < MAX_PROBLEMS; r++) {
    const cells = records[r]!.map(restoreCell);
    const row = r + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length < width || cells.slice(width).some((c) => c.trim() !== '')) {
      problems.push(problem(`row ${row}`, `has ${cells.length} cells but the header has ${width}; check for a missing or extra separator`));
      continue;
    }
    const cell = (name: string) => (cells[header.index.get(name) ?? -1] ?? '').trim();

    const actorIds = list(cell('actors')).map((entry) => {
      const { name, kind } = parseActorCell(entry);
      const id = actorId(name.toLowerCase(), name);
      const known = actors.get(id);
      if (!known) actors.set(id, { id, name, kind: kind ?? 'person', description: `Named in ${fileName}.` });
      else if (kind && known.kind !== kind) problems.push(problem(`row ${row} › actors`, `"${name}" is a ${kind} here but a ${known.kind} in an earlier row`));
      return id;
    });
    const tagIds = list(cell('tags')).map((label) => {
      const id = tagId(label.toLowerCase(), label);
      if (!tags.has(id)) tags.set(id, { id, label, description: `Tag from ${fileName}.` });
      return id;
    });

    const sources: SourceRef[] = [];
    for (const n of header.sourceNumbers) {
      const value = (field: SourceField) => cell(sourceColumn(n, field));
      const given = SOURCE_FIELDS.filter((f) => value(f) !== '');
      if (given.length === 0) continue;
      const missing = (['url', 'outlet', 'headline', 'published', 'quote'] as const).filter((f) => value(f) === '');
      if (missing.length > 0) {
        missing.forEach((f) => problems.push(problem(`row ${row} › ${sourceColumn(n, f)}`, `is empty, but source ${n} has a ${given[0]!.replace('_', ' ')}`)));
        continue;
      }
      const url = value('url');
      const candidate = { id: 'x', url, outlet: value('outlet'), title: value('headline'), published: value('published') };
      const check = articleSchema.safeParse(candidate);
      if (!check.success) {
        const columns: Record<string, SourceField> = { url: 'url', outlet: 'outlet', title: 'headline', published: 'published' };
        check.error.issues.forEach((issue) => problems.push(problem(`row ${row} › ${sourceColumn(n, columns[String(issue.path[0])] ?? 'url')}`, issue.message)));
        continue;
      }
      const seen = articles.get(url);
      if (seen) {
        const differs = (['outlet', 'title', 'published'] as const).find((key) => seen.article[key] !== candidate[key]);
        if (differs) {
          const column = sourceColumn(n, differs === 'title' ? 'headline' : differs);
          problems.push(problem(`row ${row} › ${column}`, `"${candidate[differs]}" differs from "${seen.article[differs]}" given for the same URL in row ${seen.row}`));
          continue;
        }
      } else {
        const article: Article = { id: articleId(url, `${candidate.outlet} ${candidate.published}`), title: candidate.title, outlet: candidate.outlet, url, published: candidate.published };
        articles.set(url, { article, row });
      }
      const basis = value('date_basis');
      sources.push({ article: articles.get(url)!.article.id, quote: value('quote'), ...(basis ? { dateBasis: basis } : {}) });
    }

    // A row without an id gets one from its title, never one that another row names explicitly.
    let id = cell('id');
    if (!id) do id = eventId(`${r}:${cell('title')}:${id}`, cell('title') || `event-${row}`); while (explicitIds.has(id));
    events.push({ id, date: cell('date'), title: cell('title'), summary: cell('summary'), actors: actorIds, tags: tagIds, sources });
    rows.push(row);
  }
  if (problems.length === 0 && events.length === 0) return { ok: false, problems: [problem('data file', 'has a header but no event rows')] };

  const articleList = [...articles.values()];
  const describe = (where: string) => {
    const at = eventLocation(where);
    if (at) return `row ${rows[at.index] ?? '?'} "${events[at.index]?.id ?? ''}"${at.field ? ` › ${columnOf(at.field)}` : ''}`;
    const article = /^articles\[(\d+)\][^›]*(?: › (.*))?$/.exec(where);
    const entry = article ? articleList[Number(article[1])] : undefined;
    return entry ? `the source ${entry.article.url} (first in row ${entry.row})` : where;
  };
  const dataset = assemble({
    title: titleFromFileName(fileName),
    description: `Opened from ${fileName}.`,
    articles: articleList.map((a) => a.article),
    actors: [...actors.values()],
    tags: [...tags.values()],
    events,
  });
  // A source with a bad cell is left out of its event, so the loader still checks the row's date, title and the rest.
  if (problems.length > 0) return { ok: false, problems, ...(events.length > 0 ? { partial: { dataset, describe } } : {}) };
  return { ok: true, converted: { dataset, describe } };
}
