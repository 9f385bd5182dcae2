import { describe, expect, test } from 'vitest';
import { stackFirstFit, type Stackable } from './stacking';

const margin = { horizontal: 4, vertical: 4 };
const box = (left: number, width: number, height = 20): Stackable => ({ left, width, height, top: -1 });
const rows = (items: Stackable[]) => items.map((item) => (item.top - 10) / 24);

describe('stackFirstFit', () => {
  test('items apart share the first row; overlapping ones go below', () => {
    const items = [box(0, 100), box(200, 100), box(50, 100)];
    stackFirstFit(items, margin, 10);
    expect(rows(items)).toEqual([0, 0, 1]);
  });

  test('the horizontal margin counts as overlap', () => {
    const items = [box(0, 100), box(102, 50), box(110, 50)];
    stackFirstFit(items, margin, 10);
    expect(rows(items)).toEqual([0, 1, 0]);
  });

  test('a later item takes a gap higher up when one is free there', () => {
    // Row 0: A (0–100), then B (0–300) in row 1, C (150–250) back in row 0.
    const items = [box(0, 100), box(0, 300), box(150, 100)];
    stackFirstFit(items, margin, 10);
    expect(rows(items)).toEqual([0, 1, 0]);
  });

  test('an item far left of a tall stack stays in the first free row, whatever the order (vis-timeline put it 28 rows down)', () => {
    // A stack on the right, arriving in no particular start order, then one item on the left.
    const right = Array.from({ length: 28 }, (_, i) => box(900 + ((i * 37) % 120), 400));
    const left = box(40, 300);
    const lefter = box(0, 350);
    const items = [...right, left, lefter];
    stackFirstFit(items, margin, 10);
    expect(rows([left, lefter])).toEqual([0, 1]);
  });

  test('mixed heights: an item moves below every item it would touch', () => {
    const items = [box(0, 100, 50), box(0, 100, 20), box(0, 100, 10)];
    stackFirstFit(items, margin, 0);
    expect(items.map((i) => i.top)).toEqual([0, 54, 78]);
  });

  test('an item with choices takes the one that sits highest; the first on a tie', () => {
    const blocker = box(100, 100);
    const free = { ...box(0, 0), choices: [{ left: 150, width: 100 }, { left: 0, width: 90 }] };
    const tie = { ...box(0, 0), choices: [{ left: 400, width: 50 }, { left: 500, width: 50 }] };
    stackFirstFit([blocker, free, tie], margin, 10);
    expect([free.top, free.chosen, free.left, free.width]).toEqual([10, 1, 0, 90]);
    expect([tie.top, tie.chosen, tie.left]).toEqual([10, 0, 400]);
  });

  test('returns the bottom of the stack', () => {
    expect(stackFirstFit([box(0, 10), box(0, 10)], margin, 10)).toBe(10 + 20 + 4 + 20);
    expect(stackFirstFit([], margin, 10)).toBe(10);
  });
});
