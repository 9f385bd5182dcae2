import type { Rule } from './accept-rules';
import { changeDateIssues, revisedOn } from './change-dates';
import rules from './dataset-rules.json' with { type: 'json' };
import { readEdtfDirectly, type EdtfDate, type EdtfResult } from './edtf-direct';
import { compileAccepts } from './fast-accept';
import { checkStories } from './load-stories';
import { issueProblems, type Issue, type Problem } from './problems';
import { locateQuote, quotableText } from './quotes';
import { sortEvents } from './sort-events';
import type { LoadResult, ModelEvent, TimelineModel } from './model';
import type { Actor, Article, Dataset, Story, Tag, TimelineEvent } from './schema';

export type { Problem } from './problems';
export type { EventHead, HeadModel, LoadResult, ModelEvent, TimelineModel } from './model';
export { formatPath } from './problems';

/**
 * Turns untrusted JSON into the model the app draws, and says exactly what is
 * wrong where it cannot. (Called through load-dataset.ts, or lazily through
 * load-dataset-lazily.ts in the app.)
 *
 * Policy (documented in the README):
 * - Problems that make the whole file unusable stop loading: not a dataset at
 *   all, a broken top-level field, a bad `span`, a repeated article/actor/tag id.
 * - Problems confined to one event skip that event with a warning naming the
 *   event and the field: its own schema errors, a repeated event id, an
 *   unparseable date or one outside the span, a dangling reference, a quote
 *   that is not verbatim, a dispute without both sides.
 * - Stories are checked like events, one by one (see load-stories.ts): a step
 *   naming an event that is not shown is skipped, and so is a story left
 *   without steps, each with a warning naming the story and the step.
 * - Loose ends that hide nothing (an actor or tag no event uses) are warnings.
 * - So are claims the app cannot back: quotes from an article whose text the
 *   file does not carry (shown as "not checked"), and events with no source.
 */

/**
 * What needs zod or the `edtf` package: reading a value the fast checks doubt,
 * to word its problems or normalise it. slow-path.ts is the one implementation;
 * the app fetches it only when a file needs it.
 */
export interface SlowPath {
  /** The file with its events left as they are (schema.ts, `datasetEnvelopeSchema`). */
  envelope: (input: unknown) => Parsed<Omit<Dataset, 'events' | 'stories'> & { events: unknown[]; stories?: unknown[] | undefined }>;
  event: (raw: unknown) => Parsed<TimelineEvent>;
  story: (raw: unknown) => Parsed<Story>;
  date: (text: string) => EdtfResult;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Thrown by the stand-in slow path when there is none, so the caller can fetch it and start again. */
class SlowPathNeeded extends Error {}
const needed = (): never => {
  throw new SlowPathNeeded();
};
const NO_SLOW_PATH: SlowPath = { envelope: needed, event: needed, story: needed, date: needed };

// Most files and most events in them pass these without zod's slower, allocating parse; see fast-accept.ts.
const RULES = rules as { event: Rule; story: Rule; envelope: Rule };
const envelopeAsIs = compileAccepts(RULES.envelope);
const eventAsIs = compileAccepts(RULES.event);
const storyAsIs = compileAccepts(RULES.story);

/** The ids the file's events claim, shown or not: a story step naming a skipped event is worded differently. */
function eventIdsInFile(raws: readonly unknown[]): ReadonlySet<unknown> {
  return new Set(raws.map((raw) => (raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined)));
}

function eventLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 120 ? `events[${index}] "${id}"` : `events[${index}]`;
}

function duplicates<T extends { id: string }>(items: readonly T[], field: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      problems.push({ severity: 'error', where: `${field}[${index}].id`, message: `the id "${item.id}" is used twice` });
    }
    seen.add(item.id);
  });
  return problems;
}

interface Registry {
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  tags: ReadonlyMap<string, Tag>;
  span: EdtfDate;
}

/** Everything wrong with one structurally valid event, as `field: message` pairs, and its date when it parses. */
function eventIssues(event: TimelineEvent, registry: Registry, slow: SlowPath): { issues: { field: string; message: string }[]; date: EdtfDate | null } {
  const issues: { field: string; message: string }[] = [];
  const date = readEdtfDirectly(event.date) ?? slow.date(event.date);
  if (!date.ok) issues.push({ field: 'date', message: date.error });
  else if (date.value.start < registry.span.start || date.value.end > registry.span.end) {
    issues.push({ field: 'date', message: `"${event.date}" lies outside the dataset's span "${registry.span.text}"` });
  }
  event.actors.forEach((id, i) => {
    if (!registry.actors.has(id)) issues.push({ field: `actors[${i}]`, message: `no actor has the id "${id}"` });
  });
  event.tags.forEach((id, i) => {
    if (!registry.tags.has(id)) issues.push({ field: `tags[${i}]`, message: `no tag has the id "${id}"` });
  });
  const checkQuote = (field: string, source: { article: string; quote: string }) => {
    const article = registry.articles.get(source.article);
    if (!article) issues.push({ field: `${field}.article`, message: `no article has the id "${source.article}"` });
    // Without the article's text the quote cannot be checked; loadDataset warns once per article.
    else if (article.paragraphs && !locateQuote({ paragraphs: quotableText(article)! }, source.quote)) {
      issues.push({ field: `${field}.quote`, message: `is not verbatim in article "${source.article}"` });
    }
  };
  event.sources.forEach((source, i) => checkQuote(`sources[${i}]`, source));
  event.disputes?.forEach((dispute, d) => {
    const stances = new Set(dispute.positions.map((p) => p.stance));
    if (!stances.has('asserts') || !stances.has('denies')) {
      issues.push({ field: `disputes[${d}].positions`, message: 'a dispute needs at least one side that asserts and one that denies' });
    }
    dispute.positions.forEach((position, p) => {
      const field = `disputes[${d}].positions[${p}]`;
      if (!registry.actors.has(position.actor)) {
        issues.push({ field: `${field}.actor`, message: `no actor has the id "${position.actor}"` });
      }
      checkQuote(`${field}.source`, position.source);
    });
  });
  issues.push(...changeDateIssues(event));
  return { issues, date: date.ok ? date.value : null };
}

/**
 * A copy, as the input belongs to the caller and may be loaded again. Written
 * out key by key so every event gets the same object shape (with or without
 * disputes), which keeps the property reads of filtering and drawing fast; the
 * type lists every key of the schema, optional ones too, so a new field cannot
 * be left behind here.
 */
function toModelEvent(event: TimelineEvent, when: EdtfDate): ModelEvent {
  const copy: { [K in keyof Required<TimelineEvent>]: TimelineEvent[K] } & { when: EdtfDate; disputed: boolean } = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    actors: event.actors,
    tags: event.tags,
    sources: event.sources,
    disputes: event.disputes,
    corrections: event.corrections,
    added: event.added,
    revised: revisedOn(event),
    when,
    disputed: !!event.disputes?.length,
  };
  return copy;
}

/**
 * Checks a parsed file. With no slow path, it answers only when the fast
 * checks sufficed, and `null` when the slow path is needed: call again with it.
 */
export function checkDataset(input: unknown, slow: SlowPath | null): LoadResult | null {
  try {
    return check(input, slow ?? NO_SLOW_PATH);
  } catch (error) {
    if (error instanceof SlowPathNeeded) return null;
    throw error;
  }
}

function check(input: unknown, slow: SlowPath): LoadResult {
  let data: Extract<ReturnType<SlowPath['envelope']>, { ok: true }>['value'];
  if (envelopeAsIs(input)) data = input as typeof data;
  else {
    const envelope = slow.envelope(input);
    if (!envelope.ok) return { ok: false, errors: issueProblems(envelope.issues, '', 'error'), warnings: [] };
    data = envelope.value;
  }
  const errors: Problem[] = [
    ...duplicates(data.articles, 'articles'),
    ...duplicates(data.actors, 'actors'),
    ...duplicates(data.tags, 'tags'),
  ];
  const span = readEdtfDirectly(data.span) ?? slow.date(data.span);
  if (!span.ok) errors.push({ severity: 'error', where: 'span', message: span.error });
  else if (!span.value.isRange) errors.push({ severity: 'error', where: 'span', message: 'must be an interval, like 2010/2019-01' });
  if (errors.length > 0 || !span.ok) return { ok: false, errors, warnings: [] };

  const registry: Registry = {
    articles: new Map(data.articles.map((a) => [a.id, a])),
    actors: new Map(data.actors.map((a) => [a.id, a])),
    tags: new Map(data.tags.map((t) => [t.id, t])),
    span: span.value,
  };

  const warnings: Problem[] = [];
  const events: ModelEvent[] = [];
  const eventById = new Map<string, ModelEvent>();
  const indexInFile = new Map<string, number>();
  data.events.forEach((raw, index) => {
    // Worded only when something is wrong: most events need no label.
    const label = () => eventLabel(index, raw);
    let event: TimelineEvent;
    if (eventAsIs(raw)) event = raw as TimelineEvent;
    else {
      const parsed = slow.event(raw);
      if (!parsed.ok) {
        // The schema does not read the date; say what is wrong with it too, so one fix does not reveal the next (issue 20).
        const rawDate = (raw as { date?: unknown } | null)?.date;
        const dated = typeof rawDate === 'string' && !parsed.issues.some((i) => i.path[0] === 'date') ? (readEdtfDirectly(rawDate) ?? slow.date(rawDate)) : null;
        const issues = dated && !dated.ok ? [...parsed.issues, { path: ['date'], message: dated.error }] : parsed.issues;
        const [first, ...rest] = issueProblems(issues, label(), 'warning').map((p) => ({ ...p, hidesEvent: true as const }));
        if (first) warnings.push({ ...first, message: `${first.message}; the event is skipped`, skipsEvent: true }, ...rest);
        return;
      }
      event = parsed.value;
    }
    if (eventById.has(event.id)) {
      warnings.push({ severity: 'warning', where: `${label()}.id`, message: `the id "${event.id}" is used twice; this copy is skipped`, skipsEvent: true, hidesEvent: true });
      return;
    }
    const { issues, date } = eventIssues(event, registry, slow);
    if (issues.length > 0 || !date) {
      issues.forEach(({ field, message }, i) =>
        warnings.push({
          severity: 'warning',
          where: `${label()} › ${field}`,
          hidesEvent: true,
          ...(i === 0 ? { message: `${message}; the event is skipped`, skipsEvent: true as const } : { message }),
        }),
      );
      return;
    }
    const modelEvent = toModelEvent(event, date);
    events.push(modelEvent);
    eventById.set(event.id, modelEvent);
    indexInFile.set(event.id, index);
  });

  if (events.length === 0) {
    return {
      ok: false,
      errors: [{ severity: 'error', where: 'events', message: 'no event could be shown; see the warnings for why' }],
      warnings,
    };
  }

  const usedActors = new Set<string>();
  const usedTags = new Set<string>();
  const quotesPerArticle = new Map<string, number>();
  const cite = (article: string) => quotesPerArticle.set(article, (quotesPerArticle.get(article) ?? 0) + 1);
  events.forEach((event) => {
    event.actors.forEach((id) => usedActors.add(id));
    event.tags.forEach((id) => usedTags.add(id));
    event.sources.forEach((s) => cite(s.article));
    event.disputes?.forEach((d) => d.positions.forEach((p) => cite(p.source.article)));
    if (event.sources.length === 0) {
      warnings.push({ severity: 'warning', where: `events[${indexInFile.get(event.id)}] "${event.id}" › sources`, message: 'lists no source; the event is shown marked "no source given"' });
    }
  });
  data.articles.forEach((article, i) => {
    const quotes = quotesPerArticle.get(article.id) ?? 0;
    if (!article.paragraphs && quotes > 0) {
      warnings.push({
        severity: 'warning',
        where: `articles[${i}] "${article.id}" › paragraphs`,
        message: `the article's text is not in the file, so ${quotes === 1 ? 'its quote is' : `its ${quotes} quotes are`} not checked against the article text`,
      });
    }
  });
  data.actors.forEach((actor, i) => {
    if (!usedActors.has(actor.id)) {
      warnings.push({ severity: 'warning', where: `actors[${i}] "${actor.id}"`, message: 'no event names this actor' });
    }
  });
  data.tags.forEach((tag, i) => {
    if (!usedTags.has(tag.id)) warnings.push({ severity: 'warning', where: `tags[${i}] "${tag.id}"`, message: 'no event uses this tag' });
  });
  // Built only when a step names an event that is not shown.
  let idsInFile: ReadonlySet<unknown> | undefined;
  const inFile = (id: string) => (idsInFile ??= eventIdsInFile(data.events)).has(id);
  const stories = checkStories(data.stories ?? [], eventById, inFile, {
    asIs: storyAsIs,
    parse: slow.story,
  });
  warnings.push(...stories.warnings);

  const model: TimelineModel = {
    lang: data.lang ?? 'en',
    title: data.title,
    description: data.description,
    span: span.value,
    updated: data.updated,
    articles: registry.articles,
    actors: data.actors,
    actorById: registry.actors,
    tags: data.tags,
    tagById: registry.tags,
    events: sortEvents(events),
    eventById,
    stories: stories.stories,
    storyById: new Map(stories.stories.map((story) => [story.id, story])),
  };
  return { ok: true, model, warnings };
}
