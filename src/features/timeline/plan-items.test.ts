import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../domain/edtf';
import type { ModelEvent } from '../../domain/load-dataset';
import { MAX_ITEMS, eventsOverlapping, planItems } from './plan-items';

function event(id: string, date: string, actors = ['a']): ModelEvent {
  const when = parseEdtf(date);
  if (!when.ok) throw new Error(when.error);
  return { id, title: id, summary: id, date, actors, tags: ['t'], sources: [], when: when.value, disputed: false };
}

function days(count: number, actors?: string[]): ModelEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return event(`e${i}`, d, actors);
  });
}

const year = (y: number) => ({ start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) });

describe('planItems', () => {
  test('a count keeps its id only while it counts the same period, so a zoom draws the new counts', () => {
    const events = days(3000);
    const clustersOf = (window: { start: number; end: number }) => {
      const plan = planItems(events, window, false);
      if (plan.kind === 'events') throw new Error('expected counts');
      return new Map(plan.clusters.map((c) => [c.id, c]));
    };
    const wide = clustersOf({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2008, 0, 1) });
    const narrow = clustersOf({ start: Date.UTC(2003, 0, 1), end: Date.UTC(2004, 0, 1) });
    for (const [id, cluster] of narrow) {
      const same = wide.get(id);
      if (same) expect([same.start, same.end, same.count]).toEqual([cluster.start, cluster.end, cluster.count]);
    }
    expect(narrow.size).toBeGreaterThan(0);
  });

  test('a small dataset is drawn in full, wherever the window is', () => {
    const events = days(40);
    const plan = planItems(events, year(1990), false);
    expect(plan).toEqual({ kind: 'events', events });
  });

  test('a large dataset draws only the events near the window when they are few enough', () => {
    const events = days(3000); // 2000-01-01 … 2008-03
    const window = { start: Date.UTC(2003, 0, 1), end: Date.UTC(2003, 3, 1) };
    const plan = planItems(events, window, false);
    expect(plan.kind).toBe('events');
    if (plan.kind !== 'events') return;
    expect(plan.events.length).toBeLessThanOrEqual(MAX_ITEMS);
    expect(plan.events.length).toBeGreaterThan(90);
    expect(plan.events.every((e) => e.when.end >= window.start - 45 * 86_400_000)).toBe(true);
  });

  test('too many events near the window become counts per period that add up', () => {
    const events = days(3000);
    const plan = planItems(events, { start: Date.UTC(2000, 0, 1), end: Date.UTC(2008, 0, 1) }, false);
    expect(plan.kind).toBe('clusters');
    if (plan.kind !== 'clusters') return;
    expect(plan.clusters.length).toBeLessThanOrEqual(40);
    expect(plan.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(3000);
  });

  test('in lanes, each actor gets its own counts', () => {
    const events = days(3000, ['a', 'b']);
    const plan = planItems(events, { start: Date.UTC(2000, 0, 1), end: Date.UTC(2008, 0, 1) }, true);
    if (plan.kind !== 'clusters') throw new Error('expected clusters');
    const byGroup = (g: string) => plan.clusters.filter((c) => c.group === g).reduce((s, c) => s + c.count, 0);
    expect([byGroup('a'), byGroup('b')]).toEqual([3000, 3000]);
  });

  test('long periods that began earlier do not crowd out the events of a narrow view', () => {
    const years = Array.from({ length: 8000 }, (_, i) => event(`y${i}`, String(2000 + (i % 8))));
    const events = [...years, ...days(3000)].sort((a, b) => a.when.start - b.when.start);
    const window = { start: Date.UTC(2003, 5, 10), end: Date.UTC(2003, 5, 12) };
    const plan = planItems(events, window, false);
    expect(plan.kind).toBe('mixed');
    if (plan.kind !== 'mixed') return;
    // The days in view are drawn one by one; the year-long events are one count.
    expect(plan.events.map((e) => e.id)).toEqual(expect.arrayContaining(['e1256']));
    expect(plan.events.every((e) => e.when.from.precision === 'day')).toBe(true);
    expect(plan.clusters).toHaveLength(1);
    expect(plan.clusters[0]!.count).toBe(1000);
  });

  test('eventsOverlapping keeps long periods that started before the window', () => {
    const events = [event('long', '2001/2009'), ...days(10)];
    events.sort((a, b) => a.when.start - b.when.start);
    expect(eventsOverlapping(events, Date.UTC(2005, 0, 1), Date.UTC(2005, 1, 1)).map((e) => e.id)).toEqual(['long']);
  });
});
