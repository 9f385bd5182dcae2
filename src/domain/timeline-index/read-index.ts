import type { Rule } from '../accept-rules';
import rules from '../dataset-rules.json' with { type: 'json' };
import { readEdtfDirectly, type EdtfDate } from '../edtf-direct';
import { compileAccepts } from '../fast-accept';
import type { EventHead, HeadModel } from '../model';
import { compareEvents } from '../sort-events';
import { INDEX_FORMAT, INDEX_VERSION, type TimelineIndex } from './index-format';

/**
 * The first view's model from a timeline index (index-format.ts), or the
 * reason it cannot be used, in which case the app loads the data file as it
 * would without an index. Nothing is lost by refusing: the index only saves
 * time.
 *
 * The build made the index from a file it had checked, so the deep checks
 * (quotes verbatim, references resolved, dates inside the span) are not made
 * again. What is checked is what a stale, truncated or foreign file could get
 * wrong: the format, the envelope as the data file's rules want it, columns
 * of one length and of the right types, ids given once, indexes in range,
 * dates readable. Its texts are shown as text, as every text is.
 */
export type IndexReading = { ok: true; model: HeadModel; data: TimelineIndex['data'] } | { ok: false; reason: string };

const RULES = rules as { story: Rule; envelope: Rule };
const envelopeAsIs = compileAccepts(RULES.envelope);
const storyAsIs = compileAccepts(RULES.story);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const MAX_TEXT = 20_000;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
const isDay = (value: unknown) => value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

function refuse(reason: string): IndexReading {
  return { ok: false, reason };
}

/** Each entry an array of indexes below `size`, at least one. */
function indexLists(value: unknown, length: number, size: number): value is number[][] {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const list of value) {
    if (!Array.isArray(list) || list.length === 0) return false;
    for (const n of list) if (!Number.isInteger(n) || n < 0 || n >= size) return false;
  }
  return true;
}

function column(value: unknown, length: number, accepts: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length !== length) return false;
  for (const item of value) if (!accepts(item)) return false;
  return true;
}

/** Reads every date once: many events share a day, and sharing the reading saves time and memory. */
function dateReader(listed: Record<string, unknown>): (text: string) => EdtfDate | null {
  const seen = new Map<string, EdtfDate | null>();
  return (text) => {
    let when = seen.get(text);
    if (when === undefined) {
      const direct = readEdtfDirectly(text);
      const given = Object.hasOwn(listed, text) ? listed[text] : undefined;
      when = direct?.ok ? direct.value : isEdtfDate(given, text) ? given : null;
      seen.set(text, when);
    }
    return when;
  };
}

function isEdtfDate(value: unknown, text: string): value is EdtfDate {
  if (!isObject(value) || value.text !== text || typeof value.isRange !== 'boolean') return false;
  const point = (p: unknown) =>
    isObject(p) && Number.isFinite(p.start) && Number.isFinite(p.end) && ['year', 'month', 'day'].includes(p.precision as string) && Array.isArray(p.parts);
  return point(value.from) && point(value.to) && Number.isFinite(value.start) && Number.isFinite(value.end) && (value.start as number) <= (value.end as number);
}

export function readTimelineIndex(input: unknown): IndexReading {
  if (!isObject(input) || input.format !== INDEX_FORMAT) return refuse('not a timeline index');
  if (input.version !== INDEX_VERSION) return refuse(`index version ${String(input.version)}, not ${INDEX_VERSION}`);
  const { dataset, events, data } = input;
  const listed = isObject(input.dates) ? input.dates : {};
  if (!isObject(data) || !Number.isInteger(data.bytes) || typeof data.sha256 !== 'string') return refuse('no data file stamp');
  if (!isObject(dataset) || !isObject(events) || !Array.isArray(events.id)) return refuse('no dataset or events');
  const { stories, ...envelope } = dataset;
  const n = events.id.length;
  if (n === 0 || !envelopeAsIs({ ...envelope, events: events.id })) return refuse('the dataset envelope breaks the data rules');
  if (!Array.isArray(stories) || !stories.every(storyAsIs)) return refuse('a story breaks the data rules');
  const env = envelope as unknown as Omit<TimelineIndex['dataset'], 'stories'>;
  const cols = events as unknown as TimelineIndex['events'];
  if (
    !column(cols.id, n, isText) ||
    !column(cols.title, n, isText) ||
    !column(cols.date, n, isText) ||
    !column(cols.disputed, n, (v) => v === 0 || v === 1) ||
    !column(cols.added, n, isDay) ||
    !column(cols.revised, n, isDay) ||
    !indexLists(cols.actors, n, env.actors.length) ||
    !indexLists(cols.tags, n, env.tags.length)
  ) {
    return refuse('an event column is missing, short or of the wrong type');
  }
  const readDate = dateReader(listed);
  const span = readDate(env.span);
  if (!span?.isRange) return refuse('the span is not a readable interval');
  const actorIds = env.actors.map((a) => a.id);
  const tagIds = env.tags.map((t) => t.id);
  const heads: EventHead[] = new Array(n);
  const eventById = new Map<string, EventHead>();
  for (let i = 0; i < n; i++) {
    const when = readDate(cols.date[i]!);
    if (!when) return refuse(`the date of event ${i} cannot be read`);
    const head: EventHead = {
      id: cols.id[i]!,
      title: cols.title[i]!,
      date: cols.date[i]!,
      when,
      actors: cols.actors[i]!.map((k) => actorIds[k]!),
      tags: cols.tags[i]!.map((k) => tagIds[k]!),
      added: cols.added[i] ?? undefined,
      revised: cols.revised[i] ?? undefined,
      disputed: cols.disputed[i] === 1,
    };
    if (eventById.has(head.id)) return refuse(`the event id "${head.id.slice(0, 120)}" is given twice`);
    // The app relies on time order (the overview's bins, the out-of-sight counts); the build wrote it sorted.
    if (i > 0 && compareEvents(heads[i - 1]!, head) > 0) return refuse(`event ${i} is out of time order`);
    heads[i] = head;
    eventById.set(head.id, head);
  }
  const storyList = (stories as TimelineIndex['dataset']['stories']).filter((story) => story.steps.every((step) => eventById.has(step.event)));
  const model: HeadModel = {
    lang: env.lang,
    title: env.title,
    description: env.description,
    span,
    updated: env.updated,
    articles: new Map(env.articles.map((a) => [a.id, a])),
    actors: env.actors,
    actorById: new Map(env.actors.map((a) => [a.id, a])),
    tags: env.tags,
    tagById: new Map(env.tags.map((t) => [t.id, t])),
    events: heads,
    eventById,
    stories: storyList,
    storyById: new Map(storyList.map((story) => [story.id, story])),
  };
  return { ok: true, model, data: data as TimelineIndex['data'] };
}
