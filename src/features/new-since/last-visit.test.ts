import { describe, expect, test } from 'vitest';
import { LAST_VISIT_KEY, recordVisit } from './last-visit';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[LAST_VISIT_KEY, initial]]);
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('the last visit', () => {
  test('a first visit has nothing new, and is remembered', () => {
    const storage = memoryStorage();
    expect(recordVisit(storage, '2026-11-12')).toBeNull();
    expect(recordVisit(storage, '2026-12-02')).toBe('2026-11-12');
  });

  test('coming back the same day keeps the day of the visit before', () => {
    const storage = memoryStorage();
    recordVisit(storage, '2026-11-12');
    expect(recordVisit(storage, '2026-12-02')).toBe('2026-11-12');
    expect(recordVisit(storage, '2026-12-02')).toBe('2026-11-12');
    expect(recordVisit(storage, '2026-12-03')).toBe('2026-12-02');
  });

  test.each([['not json'], ['{"last":"yesterday"}'], ['[1]'], ['{"last":"2099-01-01"}']])('a stored %s counts as a first visit', (stored) => {
    expect(recordVisit(memoryStorage(stored), '2026-12-02')).toBeNull();
  });

  test('storage that refuses to write still answers', () => {
    const storage = { getItem: () => JSON.stringify({ last: '2026-11-12', previous: null }), setItem: () => { throw new Error('full'); } };
    expect(recordVisit(storage, '2026-12-02')).toBe('2026-11-12');
  });
});
