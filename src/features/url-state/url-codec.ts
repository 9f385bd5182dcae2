import type { HeadModel } from '../../domain/load-dataset';
import { actorFromPath, actorPathFor } from '../../lib/actor-path';
import { embedPath, eventFromPath, isSlug, pathFor } from '../../lib/event-path';
import { i18n } from '../../i18n/i18n';
import { matchCatalogLocale, type CatalogLocale } from '../../i18n/locales';
import type { Layout, TimeWindow, ViewMode } from '../../store/app-store';

/**
 * The URL is a value: `parseLocation` and `hrefFor` are pure and inverse for
 * every state they produce. The selected event is the path (`/events/<id>/`),
 * or an actor's page is (`/actors/<id>/`); the rest of the view is the query,
 * a story's step included (`?story=<id>&step=3`, counted from 1). `?event=<id>`,
 * the form of older links and of the embed's own address (`/embed/?event=<id>`),
 * is still read. Anything unreadable falls back to the default with a notice
 * (in the interface's language at the time it is read); nothing here throws.
 */

export interface UrlState {
  event: string | null;
  /** The actor whose page is shown instead of the explorer. */
  actor: string | null;
  /** A story being read, and its step counted from 1 (the step's event is `event`). */
  story: { id: string; step: number } | null;
  actors: string[];
  tags: string[];
  from: string | null;
  to: string | null;
  query: string;
  /** `?new=<day>`: the "New since" filter (issue 23). */
  newSince: string | null;
  mode: ViewMode;
  layout: Layout;
  window: TimeWindow | null;
  /** `?lang=<code>`: the interface language the reader chose, where it is not the dataset's own (issue 22). */
  lang: CatalogLocale | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  event: null,
  actor: null,
  story: null,
  actors: [],
  tags: [],
  from: null,
  to: null,
  query: '',
  newSince: null,
  mode: 'timeline',
  layout: 'single',
  window: null,
  lang: null,
};

const MAX_SEARCH = 8_000;
const MAX_QUERY = 200;
const MAX_IDS = 200;
const NOT_AN_EVENT_ID = (text: string) => i18n._('The link names an event "{id}" that is not a valid event id.', { id: shorten(text) });
const NO_SUCH_EVENT = (id: string) => i18n._('There is no event "{id}" in this timeline. Showing everything else the link asked for.', { id: shorten(id) });
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN = new Set(['event', 'story', 'step', 'actors', 'tags', 'from', 'to', 'q', 'new', 'view', 'lanes', 'start', 'end', 'lang']);
const STEP = /^[1-9]\d{0,3}$/;
// Window bounds must stay within a sane range of years for vis-timeline.
const MIN_TIME = Date.UTC(1000, 0, 1);
const MAX_TIME = Date.UTC(3000, 0, 1);

export interface ParsedUrl {
  state: UrlState;
  notices: string[];
}

function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
}

// Control, zero-width and bidi characters would make a notice lie about what the link says.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function shorten(text: string): string {
  const clean = text.replace(INVISIBLE, '');
  return clean.length > 40 ? `${clip(clean, 40)}…` : clean;
}

function formatWindowTime(time: number): string {
  return new Date(time).toISOString().slice(0, 16) + 'Z';
}

function parseWindowTime(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/.test(text)) return null;
  const time = Date.parse(text);
  return Number.isFinite(time) && time >= MIN_TIME && time <= MAX_TIME ? time : null;
}

export function parseUrl(search: string): ParsedUrl {
  const notices: string[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE, actors: [], tags: [] };
  let text = typeof search === 'string' ? search : '';
  if (text.length > MAX_SEARCH) {
    notices.push(i18n._('The link was too long; only its beginning was read.'));
    text = text.slice(0, MAX_SEARCH);
  }
  const params = new URLSearchParams(text);
  const first = (name: string): string | null => {
    const values = params.getAll(name);
    if (values.length > 1) notices.push(i18n._('The link gives "{name}" more than once; the first one is used.', { name }));
    return values[0] ?? null;
  };

  const unknown = [...new Set([...params.keys()].filter((key) => !KNOWN.has(key)))];
  if (unknown.length > 0)
    notices.push(i18n._('The link has settings this app does not know ({names}); they are ignored.', { names: unknown.slice(0, 3).map(shorten).join(', ') }));

  const event = first('event');
  if (event !== null) {
    if (isSlug(event)) state.event = event;
    else notices.push(NOT_AN_EVENT_ID(event));
  }

  const story = first('story');
  const step = first('step');
  if (story !== null) {
    if (!isSlug(story)) notices.push(i18n._('The link names a story "{id}" that is not a valid story id.', { id: shorten(story) }));
    else if (step !== null && !STEP.test(step)) {
      notices.push(i18n._('The link\'s step "{step}" is not a step number; the story starts at its first step.', { step: shorten(step) }));
      state.story = { id: story, step: 1 };
    } else state.story = { id: story, step: step === null ? 1 : Number(step) };
  } else if (step !== null) notices.push(i18n._('The link gives a step but no story; the step is ignored.'));

  for (const [name, key] of [['actors', 'actors'], ['tags', 'tags']] as const) {
    const raw = first(name);
    if (raw === null || raw === '') continue;
    const ids = raw.split(',').slice(0, MAX_IDS);
    const valid = [...new Set(ids.filter(isSlug))];
    if (valid.length < ids.length)
      notices.push(name === 'actors' ? i18n._('Some actors in the link are not valid ids and were ignored.') : i18n._('Some tags in the link are not valid ids and were ignored.'));
    state[key] = valid;
  }

  for (const name of ['from', 'to'] as const) {
    const raw = first(name);
    if (raw === null || raw === '') continue;
    if (isCalendarDay(raw)) state[name] = raw;
    else notices.push(i18n._('The link\'s "{name}" date "{date}" is not a date like 2016-10-16; it is ignored.', { name, date: shorten(raw) }));
  }
  if (state.from && state.to && state.from > state.to) {
    notices.push(i18n._('The link\'s date range ends before it starts; the range is ignored.'));
    state.from = null;
    state.to = null;
  }

  const since = first('new');
  if (since !== null && since !== '') {
    if (isCalendarDay(since)) state.newSince = since;
    else notices.push(i18n._('The link\'s "new since" date "{date}" is not a date like 2026-11-12; it is ignored.', { date: shorten(since) }));
  }

  const query = first('q');
  if (query !== null) {
    if (query.length > MAX_QUERY)
      notices.push(
        i18n._('{max, plural, one {The search in the link was longer than # character and was shortened.} other {The search in the link was longer than # characters and was shortened.}}', { max: MAX_QUERY }),
      );
    state.query = clip(query, MAX_QUERY);
  }

  const view = first('view');
  if (view === 'list' || view === 'timeline') state.mode = view;
  else if (view !== null) notices.push(i18n._('The link asks for a view "{view}" that does not exist; the timeline is shown.', { view: shorten(view) }));

  const lang = first('lang');
  state.lang = matchCatalogLocale(lang);
  if (lang !== null && state.lang === null)
    notices.push(i18n._('The link asks for the language "{lang}", which this site does not have; the page keeps its own.', { lang: shorten(lang) }));

  const lanes = first('lanes');
  if (lanes === 'actors') state.layout = 'actors';
  else if (lanes !== null) notices.push(i18n._('The link asks for lanes "{lanes}"; only "actors" exists.', { lanes: shorten(lanes) }));

  const start = first('start');
  const end = first('end');
  if (start !== null || end !== null) {
    const from = start === null ? null : parseWindowTime(start);
    const to = end === null ? null : parseWindowTime(end);
    if (from !== null && to !== null && from < to) state.window = { start: from, end: to };
    else notices.push(i18n._('The visible period in the link could not be read; the whole timeline is shown.'));
  }

  return { state, notices };
}

/** Reads a whole address: the event or actor from the path (or an older link's query), the rest from the query. */
export function parseLocation(pathname: string, search: string, base: string): ParsedUrl {
  const parsed = parseUrl(search);
  const path = typeof pathname === 'string' ? pathname : '';
  const actor = actorFromPath(path, base);
  if (actor.kind === 'event') {
    // An actor's page is a page of its own: no event is open on it, and no story is being told.
    const notices = parsed.state.story ? [...parsed.notices, i18n._('A story cannot be read on an actor’s page; the story in the link is ignored.')] : parsed.notices;
    return { state: { ...parsed.state, actor: actor.id, event: null, story: null }, notices };
  }
  if (actor.kind === 'invalid')
    return { state: parsed.state, notices: [...parsed.notices, i18n._('The link names an actor "{id}" that is not a valid actor id.', { id: shorten(actor.text) })] };
  const fromPath = eventFromPath(path, base);
  if (fromPath.kind === 'event') return { state: { ...parsed.state, event: fromPath.id }, notices: parsed.notices };
  if (fromPath.kind === 'invalid') return { state: parsed.state, notices: [...parsed.notices, NOT_AN_EVENT_ID(fromPath.text)] };
  return parsed;
}

/** The query for everything but the selected event or actor, which is the path. */
export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.story && !state.actor) {
    params.set('story', state.story.id);
    params.set('step', String(state.story.step));
  }
  if (state.actors.length > 0) params.set('actors', state.actors.join(','));
  if (state.tags.length > 0) params.set('tags', state.tags.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.query) params.set('q', state.query);
  if (state.newSince) params.set('new', state.newSince);
  if (state.mode !== 'timeline') params.set('view', state.mode);
  if (state.layout !== 'single') params.set('lanes', state.layout);
  if (state.lang) params.set('lang', state.lang);
  if (state.window) {
    params.set('start', formatWindowTime(state.window.start));
    params.set('end', formatWindowTime(state.window.end));
  }
  // Commas need no escaping in a query; keeping them literal keeps links short and readable.
  const text = params.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}

/** The address of a view: the actor's or the event's page (or home) and the query. */
export function hrefFor(state: UrlState, base: string): string {
  return (state.actor ? actorPathFor(state.actor, base) : pathFor(state.event, base)) + serializeUrl(state);
}

/** The embed's address for a view: one page, `<base>embed/`, so the event leads the query. */
export function embedHrefFor(state: UrlState, base: string): string {
  const rest = serializeUrl(state).slice(1);
  const query = [state.event ? `event=${encodeURIComponent(state.event)}` : '', rest].filter(Boolean).join('&');
  return embedPath(base) + (query ? `?${query}` : '');
}

/**
 * An event id from outside the address (the page embedding this one names it
 * in its own hash): checked as a slug and against the dataset, with the same
 * notices a link gets.
 */
export function checkEventId(text: string, model: HeadModel): { id: string; notice: null } | { id: null; notice: string } {
  if (!isSlug(text)) return { id: null, notice: NOT_AN_EVENT_ID(text) };
  if (!model.eventById.has(text)) return { id: null, notice: NO_SUCH_EVENT(text) };
  return { id: text, notice: null };
}

/** Drops ids the dataset does not have, with a notice for each kind. */
export function reconcileWithModel(parsed: ParsedUrl, model: HeadModel): ParsedUrl {
  const notices = [...parsed.notices];
  const state = { ...parsed.state };
  if (state.actor && !model.actorById.has(state.actor)) {
    notices.push(i18n._('There is no actor "{id}" in this timeline. Showing the timeline instead.', { id: shorten(state.actor) }));
    state.actor = null;
  }
  if (state.event && !model.eventById.has(state.event)) {
    notices.push(NO_SUCH_EVENT(state.event));
    state.event = null;
  }
  if (state.story) {
    const story = model.storyById.get(state.story.id);
    if (!story) {
      notices.push(i18n._('There is no story "{id}" in this timeline. Showing everything else the link asked for.', { id: shorten(state.story.id) }));
      state.story = null;
    } else {
      state.story = { id: story.id, step: storyStep(story.steps, state.story.step, state.event, (text) => notices.push(text), story.title) };
      state.event = story.steps[state.story.step - 1]!.event;
    }
  }
  const knownActors = state.actors.filter((id) => model.actorById.has(id));
  if (knownActors.length < state.actors.length) {
    const missing = state.actors.filter((id) => !model.actorById.has(id));
    notices.push(i18n._('Unknown actors in the link were ignored: {ids}.', { ids: missing.slice(0, 3).map(shorten).join(', ') }));
  }
  state.actors = knownActors;
  const knownTags = state.tags.filter((id) => model.tagById.has(id));
  if (knownTags.length < state.tags.length) {
    const missing = state.tags.filter((id) => !model.tagById.has(id));
    notices.push(i18n._('Unknown tags in the link were ignored: {ids}.', { ids: missing.slice(0, 3).map(shorten).join(', ') }));
  }
  state.tags = knownTags;
  return { state, notices };
}

/**
 * The step a link lands on. The path's event wins when the story passes
 * through it (so a link survives steps being added or moved); otherwise the
 * step number, brought into range with a notice.
 */
function storyStep(steps: readonly { event: string }[], step: number, event: string | null, notify: (text: string) => void, title: string): number {
  const wanted = steps[step - 1];
  if (event && wanted?.event !== event) {
    const at = steps.findIndex((s) => s.event === event);
    if (at >= 0) return at + 1;
  }
  if (step <= steps.length) return step;
  notify(
    i18n._(
      '{count, plural, one {The story “{title}” has # step, not {step}; showing its last step.} other {The story “{title}” has # steps, not {step}; showing its last step.}}',
      { count: steps.length, title: shorten(title), step },
    ),
  );
  return steps.length;
}
