import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadDataset, type TimelineModel } from '../domain/load-dataset';
import { EMPTY_FILTERS, type Filters } from './filters';
import { eventIndex, filterEvents, warmIndexes } from './visible-events';

const bundled = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')) as { events: { id: string }[] };

/** The bundled dataset, or its events `copies` times over (ids suffixed) for a model too large to index in one idle slice. */
function bundledModel(copies = 1): TimelineModel {
  const events = Array.from({ length: copies }, (_, c) => bundled.events.map((e) => ({ ...e, id: c === 0 ? e.id : `${e.id}-${c}` }))).flat();
  const result = loadDataset({ ...bundled, events });
  if (!result.ok) throw new Error('the bundled dataset does not load');
  return result.model;
}

const ids = (model: TimelineModel, filters: Partial<Filters>) => filterEvents(model, { ...EMPTY_FILTERS, ...filters }).map((e) => e.id);

describe('filterEvents', () => {
  test('no filter gives the model’s own list', () => {
    const model = bundledModel();
    expect(filterEvents(model, EMPTY_FILTERS)).toBe(model.events);
  });

  test('search ignores case and accents, and every word must match', () => {
    const model = bundledModel();
    expect(ids(model, { query: 'PRIORITY' })).toContain('sessions-priority');
    expect(ids(model, { query: 'prïority sessions' })).toContain('sessions-priority');
    expect(ids(model, { query: 'priority zzzz' })).toEqual([]);
  });

  test('actors, tags and dates narrow together', () => {
    const model = bundledModel();
    const trumpJr = ids(model, { actors: ['donald-trump-jr'] });
    expect(trumpJr.length).toBeGreaterThan(0);
    const in2017 = ids(model, { actors: ['donald-trump-jr'], from: '2017-01-01', to: '2017-12-31' });
    expect(in2017.length).toBeGreaterThan(0);
    expect(in2017.length).toBeLessThan(trumpJr.length);
    expect(in2017.every((id) => trumpJr.includes(id))).toBe(true);
  });
});

describe('indexes built in idle time', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('a search that comes while the idle build is half done finds the same events', () => {
    const reference = ids(bundledModel(20), { query: 'embassy' });
    const model = bundledModel(20);
    const queue: IdleRequestCallback[] = [];
    vi.stubGlobal('window', {
      requestIdleCallback: (callback: IdleRequestCallback) => queue.push(callback),
      cancelIdleCallback: () => undefined,
    });
    warmIndexes(model);
    const idle = { didTimeout: false, timeRemaining: () => 10 };
    queue.shift()?.(idle); // the counts
    // A slice whose time runs out at once: a clock that jumps a second per reading.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1000));
    queue.shift()?.(idle);
    vi.restoreAllMocks();
    expect(queue).toHaveLength(1); // more slices are still to come
    expect(ids(model, { query: 'embassy' })).toEqual(reference);
    expect(reference.length).toBeGreaterThan(20);
  });

  test('counts per actor and tag add up to the events that name them', () => {
    const model = bundledModel();
    const { actorCounts, tagCounts } = eventIndex(model);
    for (const actor of model.actors) {
      expect(actorCounts.get(actor.id) ?? 0).toBe(model.events.filter((e) => e.actors.includes(actor.id)).length);
    }
    const tagged = [...tagCounts.values()].reduce((sum, n) => sum + n, 0);
    expect(tagged).toBe(model.events.reduce((sum, e) => sum + e.tags.length, 0));
  });
});
