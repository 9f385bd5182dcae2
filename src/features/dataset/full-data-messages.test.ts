import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../../bench/synthetic';
import { loadDataset } from '../../domain/load-dataset';
import { EVENTS_PER_MESSAGE, modelAssembly, modelMessages } from './full-data-messages';

const loaded = loadDataset(generateDataset(2 * EVENTS_PER_MESSAGE + 17));
if (!loaded.ok) throw new Error('the synthetic dataset does not load');

/** The messages as the page receives them: each copied on its own, as postMessage does. */
const sent = () => [...modelMessages(loaded.model, loaded.warnings)].map((message) => structuredClone(message));

describe('the data worker’s model, in slices', () => {
  test('no message carries more than a slice of events, and every event is sent once, in order', () => {
    const messages = sent();
    const slices = messages.flatMap((m) => (m.kind === 'events' ? [m.events] : []));
    expect(slices.map((s) => s.length)).toEqual([EVENTS_PER_MESSAGE, EVENTS_PER_MESSAGE, 17]);
    expect(slices.flat().map((e) => e.id)).toEqual(loaded.model.events.map((e) => e.id));
    expect(messages[0]!.kind).toBe('envelope');
    expect(messages.at(-1)!.kind).toBe('done');
  });

  test('put back together, it is the model the worker checked, with its index by id', () => {
    const assemble = modelAssembly();
    const results = sent().map(assemble);
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    const result = results.at(-1);
    if (!result || result === 'incomplete') throw new Error('no model');
    expect(result.model).toEqual(loaded.model);
    const some = result.model.events[EVENTS_PER_MESSAGE + 3]!;
    expect(result.model.eventById.get(some.id)).toBe(some);
  });

  test('done without the envelope is incomplete, not an empty timeline', () => {
    const assemble = modelAssembly();
    expect(assemble({ kind: 'events', events: [] })).toBeNull();
    expect(assemble({ kind: 'done' })).toBe('incomplete');
  });
});
