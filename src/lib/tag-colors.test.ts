import { describe, expect, test } from 'vitest';
import { PALETTE_SIZE, tagSlot, tagSlotFinder } from './tag-colors';

describe('tagSlotFinder', () => {
  test('gives every tag the slot tagSlot gives it, past the palette size, unknown and missing tags too', () => {
    const ids = Array.from({ length: PALETTE_SIZE + 4 }, (_, i) => `tag-${i}`);
    const slotOf = tagSlotFinder(ids);
    for (const id of [...ids, 'not-a-tag', undefined]) expect(slotOf(id)).toBe(tagSlot(ids, id));
  });
});
