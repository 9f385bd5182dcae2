import { describe, expect, test } from 'vitest';
import { minimalDataset } from './__fixtures__/minimal-dataset';
import { loadDataset, type LoadResult } from './load-dataset';

type Fixture = ReturnType<typeof minimalDataset>;

function loadWith(change: (data: Fixture) => void): LoadResult {
  const data = minimalDataset();
  change(data);
  return loadDataset(data);
}

function messages(result: LoadResult, severity: 'errors' | 'warnings'): string[] {
  const list = severity === 'errors' ? (result.ok ? [] : result.errors) : result.warnings;
  return list.map((p) => `${p.where}: ${p.message}`);
}

describe('loadDataset', () => {
  test('a valid file loads with its events sorted by date and no warnings', () => {
    const result = loadDataset(minimalDataset());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.model.events.map((e) => e.id)).toEqual(['statement', 'cut-off']);
    expect(result.model.eventById.get('cut-off')?.when.from.precision).toBe('day');
  });

  test('text with stray spaces is trimmed as the schema says, and the input is left untouched', () => {
    const data = minimalDataset();
    const event = data.events[0] as { title: string };
    event.title = `  ${event.title}\u00a0`;
    const before = structuredClone(data);
    const result = loadDataset(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.events.map((e) => e.title)).toContain(event.title.trim());
    expect(data).toEqual(before);
    // Loading the same input twice gives the same model.
    const again = loadDataset(data);
    expect(again.ok && again.model.events.map((e) => e.id)).toEqual(result.model.events.map((e) => e.id));
  });

  describe('problems that stop loading', () => {
    test.each<[string, unknown, RegExp]>([
      ['not an object', 'hello', /expected object/i],
      ['null', null, /expected object/i],
      ['no events', { ...minimalDataset(), events: [] }, /^events: must list at least one event/],
      ['a wrong schema version', { ...minimalDataset(), schemaVersion: 2 }, /^schemaVersion: /],
      ['an unknown top-level key', { ...minimalDataset(), extra: 1 }, /extra/],
      ['a span that is not an interval', { ...minimalDataset(), span: '2016' }, /^span: must be an interval/],
      ['a span that is not EDTF', { ...minimalDataset(), span: 'always' }, /^span: "always" is not an EDTF date/],
    ])('%s', (_why, input, expected) => {
      const result = loadDataset(input);
      expect(result.ok).toBe(false);
      expect(messages(result, 'errors').join('\n')).toMatch(expected);
    });

    test('a repeated actor id names the second one', () => {
      const result = loadWith((d) => d.actors.push({ ...d.actors[0]! }));
      expect(messages(result, 'errors')).toEqual(['actors[2].id: the id "ecuador" is used twice']);
    });

    test('an article with a non-http link is refused', () => {
      const result = loadWith((d) => (d.articles[0]!.url = 'javascript:alert(1)'));
      expect(messages(result, 'errors')).toEqual(['articles[0].url: must be an http(s) URL']);
    });
  });

  describe('problems confined to one event skip it and name the event and field', () => {
    test.each<[string, (d: Fixture) => void, string]>([
      ['a date that does not parse', (d) => (d.events[0]!.date = '2016-13-01'), 'events[0] "cut-off" › date: "2016-13-01" is not a calendar date: there is no month 13'],
      ['a date that ends before it starts', (d) => (d.events[0]!.date = '2017/2016'), 'events[0] "cut-off" › date: "2017/2016" ends before it starts'],
      ['a date outside the span', (d) => (d.events[0]!.date = '2019-01'), 'events[0] "cut-off" › date: "2019-01" lies outside the dataset\'s span "2016/2017"'],
      ['a dangling actor', (d) => (d.events[0]!.actors = ['ecuador', 'nobody']), 'events[0] "cut-off" › actors[1]: no actor has the id "nobody"'],
      ['a dangling tag', (d) => (d.events[0]!.tags = ['missing']), 'events[0] "cut-off" › tags[0]: no tag has the id "missing"'],
      ['a dangling article', (d) => (d.events[0]!.sources[0]!.article = 'gone'), 'events[0] "cut-off" › sources[0].article: no article has the id "gone"'],
      ['a quote that is not verbatim', (d) => (d.events[0]!.sources[0]!.quote = 'cut off Monday'), 'events[0] "cut-off" › sources[0].quote: is not verbatim in article "paper"'],
      ['a dispute with one side only', (d) => (d.events[0]!.disputes![0]!.positions[1]!.stance = 'asserts'), 'events[0] "cut-off" › disputes[0].positions: a dispute needs at least one side that asserts and one that denies'],
      ['a dispute quote that is not verbatim', (d) => (d.events[0]!.disputes![0]!.positions[0]!.source.quote = 'invented'), 'events[0] "cut-off" › disputes[0].positions[0].source.quote: is not verbatim in article "paper"'],
      ['a missing title', (d) => delete (d.events[0] as Partial<Fixture['events'][0]>).title, 'events[0] "cut-off" › title'],
      ['an id that is not a slug', (d) => (d.events[0]!.id = 'Cut Off!'), 'events[0] "Cut Off!" › id: must be a lowercase slug'],
      ['an oversized summary', (d) => (d.events[0]!.summary = 'x'.repeat(100_000)), 'events[0] "cut-off" › summary'],
    ])('%s', (_why, change, expected) => {
      const result = loadWith(change);
      expect(result.ok).toBe(true);
      expect(result.ok && result.model.events.map((e) => e.id)).toEqual(['statement']);
      expect(messages(result, 'warnings')[0]).toContain(expected);
      expect(messages(result, 'warnings')[0]).toMatch(/the event is skipped$/);
    });

    test('a repeated event id keeps the first and skips the copy', () => {
      const result = loadWith((d) => d.events.push({ ...d.events[1]!, title: 'Copy' }));
      expect(result.ok && result.model.eventById.get('statement')?.title).toBe('Ecuador explains');
      expect(messages(result, 'warnings')).toEqual(['events[2] "statement".id: the id "statement" is used twice; this copy is skipped']);
    });

    test('when every event is skipped, loading stops and says why', () => {
      const result = loadWith((d) => d.events.forEach((e) => (e.date = 'soon')));
      expect(result.ok).toBe(false);
      expect(messages(result, 'errors')).toEqual(['events: no event could be shown; see the warnings for why']);
      expect(messages(result, 'warnings')).toHaveLength(2);
    });
  });

  test('an actor no event names is a warning', () => {
    const result = loadWith((d) => d.actors.push({ id: 'idle', name: 'Idle', kind: 'person', description: 'Nobody.' }));
    expect(result.ok).toBe(true);
    expect(messages(result, 'warnings')).toEqual(['actors[2] "idle": no event names this actor']);
  });

  describe('sources the app cannot check', () => {
    test('an article without its text loads; its quotes are shown unchecked, with one warning naming the article', () => {
      const result = loadWith((d) => {
        delete (d.articles[0] as { paragraphs?: string[] }).paragraphs;
        d.events[1]!.sources[0]!.quote = 'Words the checker could never find';
      });
      expect(result.ok && result.model.events.length).toBe(2);
      expect(messages(result, 'warnings')).toEqual([
        'articles[0] "paper" › paragraphs: the article\'s text is not in the file, so its 4 quotes are not checked against the article text',
      ]);
    });

    test('an article with its text still refuses a quote that is not verbatim', () => {
      const result = loadWith((d) => (d.events[1]!.sources[0]!.quote = 'Words the checker could never find'));
      expect(messages(result, 'warnings')[0]).toMatch(/^events\[1\] "statement" › sources\[0\]\.quote: is not verbatim/);
    });

    test('an event with no source is shown, with a warning', () => {
      const result = loadWith((d) => (d.events[1]!.sources = []));
      expect(result.ok && result.model.eventById.has('statement')).toBe(true);
      expect(messages(result, 'warnings')).toEqual(['events[1] "statement" › sources: lists no source; the event is shown marked "no source given"']);
    });
  });
});
