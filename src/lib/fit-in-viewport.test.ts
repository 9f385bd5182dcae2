import { describe, expect, test } from 'vitest';
import { shiftIntoView } from './fit-in-viewport';

describe('shiftIntoView', () => {
  test.each([
    ['already inside', 100, 400, 1366, 0],
    ['past the right edge moves left', 1200, 1584, 1366, -226],
    ['left of the screen moves right (the old Export panel at x = -34)', -34, 350, 1366, 42],
    ['touching the margin stays', 8, 382, 390, 0],
    ['wider than the room keeps its start in view', 100, 500, 320, -92],
    ['wider than the screen keeps its start at the margin', -50, 400, 320, 58],
  ])('%s', (_name, left, right, width, expected) => {
    expect(shiftIntoView(left, right, width)).toBe(expected);
  });
});
