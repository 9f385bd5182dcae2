import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadDataset, type TimelineModel } from '../../domain/load-dataset';
import { minimalDataset, minimalDatasetWithStory } from '../../domain/__fixtures__/minimal-dataset';
import { checkEventId, DEFAULT_URL_STATE, embedHrefFor, hrefFor, parseLocation, parseUrl, reconcileWithModel, serializeUrl, type UrlState } from './url-codec';

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, actors: [], tags: [], ...patch });
const minute = (iso: string) => Date.parse(iso);
/** Reads an href the way the app reads its own address. */
const read = (href: string, base = '/') => {
  const url = new URL(href, 'https://example.org');
  return parseLocation(url.pathname, url.search, base);
};

describe('hrefFor and parseLocation round trip', () => {
  test.each<[string, UrlState, string]>([
    ['the default state', state({}), '/'],
    ['a selected event', state({ event: 'internet-cut-off' }), '/events/internet-cut-off/'],
    ['actor and tag filters', state({ actors: ['ecuador', 'wikileaks'], tags: ['asylum'] }), '/?actors=ecuador,wikileaks&tags=asylum'],
    ['a date range', state({ from: '2016-01-01', to: '2016-12-31' }), '/?from=2016-01-01&to=2016-12-31'],
    ['a one-day range', state({ from: '2016-10-16', to: '2016-10-16' }), '/?from=2016-10-16&to=2016-10-16'],
    ['only a lower bound', state({ from: '2016-02-29' }), '/?from=2016-02-29'],
    ['new since a day (issue 23)', state({ newSince: '2026-11-12' }), '/?new=2026-11-12'],
    ['a search with spaces and symbols', state({ query: 'cut off & "Sunday" + 100%' }), '/?q=cut+off+%26+%22Sunday%22+%2B+100%25'],
    ['a search in other scripts', state({ query: 'Assange – Асанж · 阿桑奇 🕊' }), null as unknown as string],
    ['the list view', state({ mode: 'list' }), '/?view=list'],
    ['actor lanes', state({ layout: 'actors' }), '/?lanes=actors'],
    ['a story at its fifth step, on the step’s event', state({ event: 'ecuador-statement', story: { id: 'who-cut-the-connection', step: 5 } }), '/events/ecuador-statement/?story=who-cut-the-connection&step=5'],
    ['a story step with the rest of the view', state({ event: 'cut-off', story: { id: 'cut-off-story', step: 12 }, mode: 'list', layout: 'actors' }), '/events/cut-off/?story=cut-off-story&step=12&view=list&lanes=actors'],
    ['an actor’s page', state({ actor: 'julian-assange' }), '/actors/julian-assange/'],
    ['an actor’s page keeps the rest of the view', state({ actor: 'wikileaks', tags: ['russia'], mode: 'list' }), '/actors/wikileaks/?tags=russia&view=list'],
    [
      'a visible period',
      state({ window: { start: minute('2016-09-01T00:00Z'), end: minute('2017-01-31T12:30Z') } }),
      '/?start=2016-09-01T00%3A00Z&end=2017-01-31T12%3A30Z',
    ],
    [
      'everything at once',
      state({
        event: 'cut-off',
        actors: ['ecuador'],
        tags: ['asylum', 'leaks'],
        from: '2010-01-01',
        to: '2019-01-31',
        query: 'embassy',
        mode: 'list',
        layout: 'actors',
        window: { start: minute('2010-01-01T00:00Z'), end: minute('2019-02-01T00:00Z') },
      }),
      null as unknown as string,
    ],
  ])('%s', (_name, value, expected) => {
    const href = hrefFor(value, '/');
    if (expected !== null) expect(href).toBe(expected);
    expect(read(href)).toEqual({ state: value, notices: [] });
  });

  test('a leading "?" is optional and unknown order does not matter', () => {
    expect(parseUrl('view=list&event=cut-off')).toEqual(parseUrl('?event=cut-off&view=list'));
    expect(parseUrl('?view=list&event=cut-off').state).toEqual(state({ event: 'cut-off', mode: 'list' }));
  });
});

describe('the event is the path', () => {
  test('an event page under a sub-path keeps its query for the rest of the view', () => {
    const value = state({ event: 'cut-off', tags: ['asylum'], mode: 'list' });
    expect(hrefFor(value, '/timeline/')).toBe('/timeline/events/cut-off/?tags=asylum&view=list');
    expect(read('/timeline/events/cut-off/?tags=asylum&view=list', '/timeline/')).toEqual({ state: value, notices: [] });
  });

  test('an actor’s page under a sub-path', () => {
    expect(hrefFor(state({ actor: 'cia' }), '/timeline/')).toBe('/timeline/actors/cia/');
    expect(read('/timeline/actors/cia/', '/timeline/')).toEqual({ state: state({ actor: 'cia' }), notices: [] });
  });

  test('an actor’s page opens no event and tells no story; a story in its link is ignored with a notice', () => {
    expect(read('/actors/cia/?event=cut-off').state).toEqual(state({ actor: 'cia' }));
    expect(read('/actors/cia/?story=cut-off-story&step=2')).toEqual({
      state: state({ actor: 'cia' }),
      notices: ['A story cannot be read on an actor’s page; the story in the link is ignored.'],
    });
  });

  test('a story link without a path or a step starts at the first step', () => {
    expect(read('/?story=cut-off-story').state).toEqual(state({ story: { id: 'cut-off-story', step: 1 } }));
    expect(read('/?story=cut-off-story&step=2').state).toEqual(state({ story: { id: 'cut-off-story', step: 2 } }));
  });

  test('an older ?event= link is read, and written back as the path', () => {
    expect(read('/?event=cut-off&view=list').state).toEqual(state({ event: 'cut-off', mode: 'list' }));
    expect(hrefFor(read('/?event=cut-off&view=list').state, '/')).toBe('/events/cut-off/?view=list');
  });

  test('the path wins over an older query', () => {
    expect(read('/events/from-path/?event=from-query').state.event).toBe('from-path');
  });

  test.each([
    ['markup', '/events/%3Cscript%3E/', '<script>'],
    ['capitals', '/events/Cut-Off/', 'Cut-Off'],
    ['a broken escape', '/events/%E2%8/', '%E2%8'],
    ['a dot segment', '/events/..%2F..%2Fetc/', '../../etc'],
  ])('a path naming %s is not an event id, with a notice', (_name, href, shown) => {
    const { state: parsed, notices } = read(href);
    expect(parsed.event).toBeNull();
    expect(notices).toEqual([`The link names an event "${shown}" that is not a valid event id.`]);
  });

  test.each([
    ['markup', '/actors/%3Cimg%20src%3Dx%3E/', '<img src=x>'],
    ['capitals', '/actors/CIA/', 'CIA'],
    ['a broken escape', '/actors/%E2%8/', '%E2%8'],
  ])('an actor path naming %s is not an actor id, with a notice', (_name, href, shown) => {
    const { state: parsed, notices } = read(href);
    expect(parsed).toEqual(state({}));
    expect(notices).toEqual([`The link names an actor "${shown}" that is not a valid actor id.`]);
  });

  test('paths outside the app or not about an event select nothing', () => {
    expect(read('/elsewhere/events/cut-off/', '/timeline/')).toEqual({ state: state({}), notices: [] });
    expect(read('/events/cut-off/extra/')).toEqual({ state: state({}), notices: [] });
  });
});

describe('broken values fall back to the default, with a notice', () => {
  test.each<[string, string, Partial<UrlState>, RegExp]>([
    ['an unknown view', '?view=evil', {}, /view "evil" that does not exist; the timeline is shown/],
    ['unknown lanes', '?lanes=tags', {}, /lanes "tags"; only "actors" exists/],
    ['a "from" that is not a date', '?from=yesterday', {}, /"from" date "yesterday" is not a date like 2016-10-16/],
    ['a "new since" that is not a date', '?new=lastweek', {}, /"new since" date "lastweek" is not a date like 2026-11-12/],
    ['a day that does not exist', '?to=2016-02-30', {}, /"to" date "2016-02-30" is not a date/],
    ['a month 13', '?from=2016-13-01', {}, /"from" date "2016-13-01"/],
    ['from after to', '?from=2017-01-01&to=2016-01-01', {}, /date range ends before it starts; the range is ignored/],
    ['an invalid event slug', '?event=Not_A_Slug', {}, /event "Not_A_Slug" that is not a valid event id/],
    ['a script tag as the event', '?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {}, /event "<script>alert\(1\)<\/script>" that is not a valid event id/],
    ['an event id over 120 characters', `?event=${'a'.repeat(121)}`, {}, /not a valid event id/],
    ['some invalid actor ids', '?actors=ecuador,Bad%20Id,,wikileaks', { actors: ['ecuador', 'wikileaks'] }, /Some actors in the link are not valid ids/],
    ['invalid tag ids', '?tags=..%2F..%2Fetc', {}, /Some tags in the link are not valid ids/],
    ['a repeated event', '?event=a&event=b', { event: 'a' }, /"event" more than once; the first one is used/],
    ['a repeated view', '?view=list&view=evil', { mode: 'list' }, /"view" more than once/],
    ['a truncated %E2%8 escape', '?event=%E2%8', {}, /event "\uFFFD%8" that is not a valid event id/],
    ['a truncated escape in the search', '?q=caf%C3', { query: 'caf\uFFFD' }, /^$/],
    ['an oversized search', `?q=${'x'.repeat(500)}`, { query: 'x'.repeat(200) }, /search in the link was longer than 200 characters and was shortened/],
    ['an unreadable visible period', '?start=x&end=y', {}, /visible period in the link could not be read/],
    ['a period that ends before it starts', '?start=2017-01-01T00:00Z&end=2016-01-01T00:00Z', {}, /visible period in the link could not be read/],
    ['a period with only a start', '?start=2017-01-01T00:00Z', {}, /visible period/],
    ['a period outside years 1000–3000', '?start=0999-01-01T00:00Z&end=2016-01-01T00:00Z', {}, /visible period/],
    ['unknown settings', '?utm_source=x&__proto__=1&constructor=2', {}, /settings this app does not know \(utm_source, __proto__, constructor\)/],
    ['a story id that is not a slug', '?story=%3Cscript%3E&step=2', {}, /story "<script>" that is not a valid story id/],
    ['a step that is not a number', '?story=s&step=three', { story: { id: 's', step: 1 } }, /step "three" is not a step number; the story starts at its first step/],
    ['step zero', '?story=s&step=0', { story: { id: 's', step: 1 } }, /step "0" is not a step number/],
    ['a negative step', '?story=s&step=-2', { story: { id: 's', step: 1 } }, /step "-2" is not a step number/],
    ['an absurdly large step', '?story=s&step=99999999999', { story: { id: 's', step: 1 } }, /step "99999999999" is not a step number/],
    ['a step without a story', '?step=3', {}, /gives a step but no story; the step is ignored/],
    ['a repeated story', '?story=a&story=b&step=2', { story: { id: 'a', step: 2 } }, /"story" more than once/],
  ])('%s', (_name, search, expected, notice) => {
    const parsed = parseUrl(search);
    expect(parsed.state).toEqual(state(expected));
    if (notice.source === '^$') expect(parsed.notices).toEqual([]);
    else expect(parsed.notices.join('\n')).toMatch(notice);
  });

  test('a 100 KB search string is cut to its beginning and still read', () => {
    const search = `?event=cut-off&view=list&q=${'%F0%9F%92%A5'.repeat(9_000)}`;
    expect(search.length).toBeGreaterThan(100_000);
    const parsed = parseUrl(search);
    expect(parsed.state).toMatchObject({ event: 'cut-off', mode: 'list' });
    expect(parsed.state.query.length).toBeLessThanOrEqual(200);
    expect(parsed.notices).toEqual(
      expect.arrayContaining(['The link was too long; only its beginning was read.', expect.stringMatching(/longer than 200 characters/)]),
    );
  });

  test('notices quote at most 40 characters and never invisible or bidi characters', () => {
    const { notices } = parseUrl(`?view=${encodeURIComponent('\u202Etxt.exe\u200B\u0000')}${'y'.repeat(100)}`);
    expect(notices).toHaveLength(1);
    // eslint-disable-next-line no-control-regex
    expect(notices[0]).not.toMatch(/[\u0000-\u001F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(notices[0]).toContain(`"txt.exe${'y'.repeat(33)}…"`);
  });

  // KNOWN BUG (reported, not fixed here: src/features is owned elsewhere). parseUrl cuts
  // `q` at 200 UTF-16 code units, which can split a surrogate pair: the state then holds
  // a lone surrogate that serializeUrl turns into U+FFFD, so the search box shows "…x�"
  // and the round trip changes the query. Flip `test.fails` to `test` once it is fixed.
  test('an oversized search is not cut in the middle of a character', () => {
    const once = parseUrl(`?q=${'x'.repeat(199)}${encodeURIComponent('💥')}`).state;
    expect(once.query).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(parseUrl(serializeUrl(once)).state).toEqual(once);
  });

  test('non-string input is treated as an empty link', () => {
    expect(parseUrl(undefined as unknown as string)).toEqual({ state: state({}), notices: [] });
  });
});

describe('reconcileWithModel', () => {
  const loaded = loadDataset(minimalDataset());
  if (!loaded.ok) throw new Error('the minimal fixture must load');
  const model: TimelineModel = loaded.model;

  test('unknown event, actors and tags are dropped with a notice each', () => {
    const result = reconcileWithModel(parseUrl('?event=no-such-event&actors=ecuador,ghost&tags=asylum,nope&view=list'), model);
    expect(result.state).toEqual(state({ actors: ['ecuador'], tags: ['asylum'], mode: 'list' }));
    expect(result.notices).toEqual([
      'There is no event "no-such-event" in this timeline. Showing everything else the link asked for.',
      'Unknown actors in the link were ignored: ghost.',
      'Unknown tags in the link were ignored: nope.',
    ]);
  });

  test('known ids pass without a notice', () => {
    const result = reconcileWithModel(parseUrl('?event=cut-off&actors=wikileaks'), model);
    expect(result).toEqual({ state: state({ event: 'cut-off', actors: ['wikileaks'] }), notices: [] });
  });

  test('an unknown actor page falls back to the timeline, with a notice', () => {
    expect(reconcileWithModel(read('/actors/ghost/?view=list'), model)).toEqual({
      state: state({ mode: 'list' }),
      notices: ['There is no actor "ghost" in this timeline. Showing the timeline instead.'],
    });
    expect(reconcileWithModel(read('/actors/ecuador/'), model)).toEqual({ state: state({ actor: 'ecuador' }), notices: [] });
  });
});

describe('reconcileWithModel and stories', () => {
  const loaded = loadDataset(minimalDatasetWithStory());
  if (!loaded.ok) throw new Error('the story fixture must load');
  const model = loaded.model;
  const reconcile = (href: string) => reconcileWithModel(read(href), model);
  const at = (step: number, event: string) => state({ event, story: { id: 'cut-off-story', step } });

  test('a step opens its event', () => {
    expect(reconcile('/?story=cut-off-story&step=2')).toEqual({ state: at(2, 'statement'), notices: [] });
    expect(reconcile('/events/cut-off/?story=cut-off-story&step=1')).toEqual({ state: at(1, 'cut-off'), notices: [] });
  });

  test('the path’s event wins over the step number when the story passes through it (steps moved since the link was made)', () => {
    expect(reconcile('/events/statement/?story=cut-off-story&step=1')).toEqual({ state: at(2, 'statement'), notices: [] });
  });

  test('a path event the story does not pass through gives way to the step', () => {
    expect(reconcile('/events/ghost/?story=cut-off-story&step=2')).toEqual({
      state: at(2, 'statement'),
      notices: ['There is no event "ghost" in this timeline. Showing everything else the link asked for.'],
    });
  });

  test('a step past the end shows the last step, with a notice', () => {
    expect(reconcile('/?story=cut-off-story&step=9')).toEqual({
      state: at(2, 'statement'),
      notices: ['The story “The cut-off” has 2 steps, not 9; showing its last step.'],
    });
  });

  test('an unknown story is dropped with a notice; the rest of the link stands', () => {
    expect(reconcile('/events/cut-off/?story=no-such-story&step=2&view=list')).toEqual({
      state: state({ event: 'cut-off', mode: 'list' }),
      notices: ['There is no story "no-such-story" in this timeline. Showing everything else the link asked for.'],
    });
  });
});

describe('the embed\'s address', () => {
  test.each<[string, UrlState, string, string]>([
    ['no event', state({}), '/', '/embed/'],
    ['an event', state({ event: 'cut-off' }), '/', '/embed/?event=cut-off'],
    ['an event with filters and a period, under a sub-path', state({ event: 'cut-off', tags: ['asylum'], window: { start: minute('2016-09-01T00:00Z'), end: minute('2017-01-31T12:30Z') } }), '/timeline/', '/timeline/embed/?event=cut-off&tags=asylum&start=2016-09-01T00%3A00Z&end=2017-01-31T12%3A30Z'],
    ['filters only', state({ actors: ['ecuador'], mode: 'list' }), '/', '/embed/?actors=ecuador&view=list'],
  ])('%s: the event leads the query and reads back', (_name, value, base, expected) => {
    expect(embedHrefFor(value, base)).toBe(expected);
    expect(read(expected, base)).toEqual({ state: value, notices: [] });
  });

  test('the same view on the full site has the event as its path', () => {
    const value = state({ event: 'cut-off', tags: ['asylum'] });
    expect(hrefFor(read(embedHrefFor(value, '/'), '/').state, '/')).toBe('/events/cut-off/?tags=asylum');
  });
});

describe('checkEventId: an id from the embedding page', () => {
  const loaded = loadDataset(minimalDataset());
  if (!loaded.ok) throw new Error('the minimal fixture must load');
  test.each<[string, string | null, RegExp | null]>([
    ['cut-off', 'cut-off', null],
    ['no-such-event', null, /^There is no event "no-such-event" in this timeline/],
    ['<img src=x onerror=alert(1)>', null, /^The link names an event "<img src=x onerror=alert\(1\)>" that is not a valid event id\.$/],
    ['', null, /not a valid event id/],
    ['Cut-Off', null, /not a valid event id/],
    ['a'.repeat(121), null, /not a valid event id/],
  ])('%s', (text, id, notice) => {
    const checked = checkEventId(text, loaded.model);
    expect(checked.id).toBe(id);
    if (notice) expect(checked.notice).toMatch(notice);
    else expect(checked.notice).toBeNull();
  });
});

// ---------------------------------------------------------------- properties

const slugArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'))
  .filter((s) => s.length <= 120);

const dayArb = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const MINUTE = 60_000;
const minuteArb = fc.integer({ min: Date.UTC(1000, 0, 1) / MINUTE, max: Date.UTC(3000, 0, 1) / MINUTE }).map((m) => m * MINUTE);

/** Text without lone surrogates, as a URL can carry it. */
const queryArb = fc.string({ unit: 'grapheme', maxLength: 60 }).filter((q) => q.length <= 200);

const stepArb = fc.integer({ min: 1, max: 9999 });

const validStateArb: fc.Arbitrary<UrlState> = fc.record({
  page: fc.oneof(
    fc.record({ event: fc.option(slugArb, { nil: null }), actor: fc.constant(null), story: fc.option(fc.record({ id: slugArb, step: stepArb }), { nil: null }) }),
    fc.record({ event: fc.constant(null), actor: slugArb, story: fc.constant(null) }),
  ),
  actors: fc.uniqueArray(slugArb, { maxLength: 8 }),
  tags: fc.uniqueArray(slugArb, { maxLength: 8 }),
  range: fc.tuple(fc.option(dayArb, { nil: null }), fc.option(dayArb, { nil: null })),
  query: queryArb,
  newSince: fc.option(dayArb, { nil: null }),
  mode: fc.constantFrom('timeline' as const, 'list' as const),
  layout: fc.constantFrom('single' as const, 'actors' as const),
  lang: fc.constantFrom(null, 'es' as const, 'de' as const, 'pseudo' as const),
  window: fc.option(
    fc.tuple(minuteArb, minuteArb).filter(([a, b]) => a !== b).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    { nil: null },
  ),
}).map(({ range: [a, b], page, ...rest }) => {
  const [from, to] = a && b && a > b ? [b, a] : [a, b];
  return { ...rest, ...page, from, to };
});

const KEYS = ['event', 'story', 'step', 'actors', 'tags', 'from', 'to', 'q', 'new', 'view', 'lanes', 'start', 'end', 'lang', 'x', '__proto__', ''];
const PIECES = ['%', '%E2%8', '%ZZ', '%00', '&', '=', '?', '#', ',', '+', '<script>', '\u202E', '\u200B', '\uD800', 'list', '2016-10-16', 'a-b', '0', '3', '-1', '10000'];

/** Strings shaped like query strings: known keys, broken escapes, stray separators. */
const queryStringArb = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KEYS),
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), slugArb, dayArb), { maxLength: 5 }).map((p) => p.join('')),
    ),
    { maxLength: 12 },
  )
  .chain((pairs) => fc.constantFrom('?', '', '&').map((prefix) => prefix + pairs.map(([k, v]) => `${k}=${v}`).join('&')));

const anyInput = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 50 }), queryStringArb);

describe('properties of the URL codec', { timeout: 30_000 }, () => {
  test('parseUrl never throws, and always returns a state and a list of notices', () => {
    fc.assert(
      fc.property(anyInput, (search) => {
        const { state: parsed, notices } = parseUrl(search);
        expect(Array.isArray(notices)).toBe(true);
        notices.forEach((n) => expect(typeof n).toBe('string'));
        expect(['timeline', 'list']).toContain(parsed.mode);
        expect(['single', 'actors']).toContain(parsed.layout);
        expect(parsed.query.length).toBeLessThanOrEqual(200);
        if (parsed.from && parsed.to) expect(parsed.from <= parsed.to).toBe(true);
        if (parsed.window) expect(parsed.window.start).toBeLessThan(parsed.window.end);
      }),
      { numRuns: 500 },
    );
  });

  test('what parseUrl understood reads back the same: serializeUrl ∘ parseUrl is idempotent', () => {
    fc.assert(
      fc.property(anyInput, (search) => {
        const once = parseUrl(search).state;
        const twice = read(hrefFor(once, '/'));
        expect(twice.state).toEqual(once);
        expect(twice.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test('every valid state of the explorer survives embedHrefFor then parseLocation unchanged, with no notice', () => {
    // The embed shows the explorer; actor pages open on the full site.
    const explorerStateArb = validStateArb.map((value) => ({ ...value, actor: null }));
    fc.assert(
      fc.property(explorerStateArb, fc.constantFrom('/', '/timeline/'), (value, base) => {
        expect(read(embedHrefFor(value, base), base)).toEqual({ state: value, notices: [] });
      }),
      { numRuns: 300 },
    );
  });

  test('every valid state survives hrefFor then parseLocation unchanged, with no notice', () => {
    fc.assert(
      fc.property(validStateArb, fc.constantFrom('/', '/timeline/'), (value, base) => {
        expect(read(hrefFor(value, base), base)).toEqual({ state: value, notices: [] });
      }),
      { numRuns: 500 },
    );
  });
});
