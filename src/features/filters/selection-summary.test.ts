import { describe, expect, test } from 'vitest';
import { selectionSummary, sortActors } from './selection-summary';

describe('selectionSummary', () => {
  test('none, one by name, several by number', () => {
    expect(selectionSummary([])).toBeNull();
    expect(selectionSummary(['Donald Trump Jr.'])).toBe('Donald Trump Jr.');
    expect(selectionSummary(['A', 'B', 'C'])).toBe('3 selected');
  });
});

describe('sortActors', () => {
  const actors = [
    { id: 'b', name: 'Bob' },
    { id: 'a', name: 'alice' },
    { id: 'c', name: 'Carol' },
    { id: 'e', name: 'Émile' },
  ];
  const counts = new Map([['b', 3], ['a', 1], ['c', 3], ['e', 5]]);
  test('by number of events, ties by name', () => {
    expect(sortActors(actors, counts, 'events').map((a) => a.id)).toEqual(['e', 'b', 'c', 'a']);
  });
  test('A–Z ignores case and accents', () => {
    expect(sortActors(actors, counts, 'name').map((a) => a.id)).toEqual(['a', 'b', 'c', 'e']);
  });
});
