import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareEvents, sortEvents } from './sort-events';

const DAY = 86_400_000;

/** Events on a few days (so many share one), with ends and ids that decide ties. */
const eventsArb = fc.array(
  fc.record({
    id: fc.stringMatching(/^[a-c]{1,3}$/),
    day: fc.integer({ min: -800_000, max: 800_000 }).chain((base) => fc.constantFrom(base, base % 7, -3, 0, 18_000)),
    length: fc.integer({ min: 0, max: 40 }),
  }),
  { maxLength: 300 },
);

const toEvents = (specs: { id: string; day: number; length: number }[]) =>
  specs.map(({ id, day, length }) => ({ id, when: { start: day * DAY, end: (day + length + 1) * DAY - 1 } }));

describe('sortEvents', () => {
  test('orders by start, end, id exactly as the comparator does, before 1970 too', () => {
    fc.assert(
      fc.property(eventsArb, (specs) => {
        const events = toEvents(specs);
        const expected = [...events].sort(compareEvents);
        expect(sortEvents([...events])).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  test('keeps a list already in order as it is', () => {
    const events = toEvents([{ id: 'a', day: 1, length: 0 }, { id: 'b', day: 1, length: 0 }, { id: 'a', day: 2, length: 3 }]);
    expect(sortEvents(events)).toBe(events);
  });

  test('starts that are not whole days are still put in order', () => {
    const events = [{ id: 'a', when: { start: 5, end: 10 } }, { id: 'b', when: { start: 1, end: 2 } }];
    expect(sortEvents(events).map((e) => e.id)).toEqual(['b', 'a']);
  });
});
