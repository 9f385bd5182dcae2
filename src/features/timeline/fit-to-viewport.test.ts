import { expect, test } from 'vitest';
import { roomInViewport } from './fit-to-viewport';

test.each([
  // 1366x900: the frame starts 424 px down, the cue strip and a gap take 44.
  [900, 424, 44, 352, 432],
  // A short window: never under the minimum.
  [600, 424, 44, 352, 352],
  // Fractions round down, so the cue's bottom stays on screen.
  [900, 423.8, 44, 352, 432],
])('viewport %d, top %d, after %d, minimum %d: %d', (viewport, top, after, minimum, expected) => {
  expect(roomInViewport(viewport, top, after, minimum)).toBe(expected);
});
