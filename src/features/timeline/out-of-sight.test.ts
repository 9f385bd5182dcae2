import { describe, expect, test } from 'vitest';
import { countOutOfSight, NOTHING_HIDDEN, REVEAL_GAP, sightMessage } from './out-of-sight';

const band = { top: 100, bottom: 400 };
const box = (eventId: string, top: number, height = 24) => ({ eventId, top, bottom: top + height });

describe('countOutOfSight', () => {
  test('nothing drawn, nothing hidden', () => {
    expect(countOutOfSight([], band)).toEqual(NOTHING_HIDDEN);
  });

  test('items wholly inside the band are in sight; a cut one counts as out of sight', () => {
    const sight = countOutOfSight([box('a', 100), box('b', 376), box('c', 390), box('d', 500)], band);
    expect([sight.above, sight.below]).toEqual([0, 2]);
    // Scrolling by toBelow brings the first hidden item's top just inside the band.
    expect(sight.toBelow).toBe(390 - 100 - REVEAL_GAP);
  });

  test('above, after the stack has been scrolled', () => {
    const sight = countOutOfSight([box('a', 20), box('b', 60), box('c', 200)], band);
    expect([sight.above, sight.below]).toEqual([2, 0]);
    expect(sight.toAbove).toBe(84 - 400 + REVEAL_GAP);
  });

  test('an event counts once, and not at all when one of its items is in sight (lanes by actor)', () => {
    const sight = countOutOfSight([box('a', 500), box('a', 550), box('b', 200), box('b', 600), box('c', 20), box('c', 700)], band);
    expect([sight.above, sight.below]).toEqual([0, 2]);
  });

  test('an item taller than the band counts below, and its top is brought in', () => {
    const sight = countOutOfSight([box('a', 50, 500)], band);
    expect([sight.above, sight.below, sight.toBelow]).toEqual([0, 1, 1]);
  });
});

test.each([
  [{ above: 0, below: 0 }, ''],
  [{ above: 0, below: 1 }, '1 more event below the part of the timeline in view.'],
  [{ above: 3, below: 1200 }, '1,200 more events below, 3 more events above the part of the timeline in view.'],
])('sightMessage %o', (counts, expected) => {
  expect(sightMessage({ ...NOTHING_HIDDEN, ...counts })).toBe(expected);
});
