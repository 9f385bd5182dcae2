import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '../../domain/load-dataset';
import { parseEdtf } from '../../domain/edtf';
import { ROW_HEIGHT, layoutRows, rowAt, virtualLocator } from './locators';
import { buildSections, flattenSections } from './sections';
import { firstEventFrom } from './use-window-sync';

function event(id: string, date: string): ModelEvent {
  const parsed = parseEdtf(date);
  if (!parsed.ok) throw new Error(parsed.error);
  return { id, title: id, summary: '', date, actors: [], tags: [], sources: [], when: parsed.value, disputed: false } as ModelEvent;
}

// 2010: a, b (sparse, no month headers); gap 2011; 2012: c.
const events = [event('a', '2010-03-01'), event('b', '2010-04-02'), event('c', '2012-06-01')];
const layout = layoutRows(flattenSections(buildSections(events)));
const E = ROW_HEIGHT.event;
const Y = ROW_HEIGHT.year;
const G = ROW_HEIGHT.gap;

describe('windowed list arithmetic', () => {
  it('stacks rows at fixed heights', () => {
    // year 2010, a, b, gap, year 2012, c
    expect([...layout.offsets]).toEqual([0, Y, Y + E, Y + 2 * E, Y + 2 * E + G, 2 * Y + 2 * E + G, 2 * Y + 3 * E + G]);
    expect(rowAt(layout, 0)).toBe(0);
    expect(rowAt(layout, Y)).toBe(1);
    expect(rowAt(layout, Y + E - 1)).toBe(1);
    expect(rowAt(layout, 1e9)).toBe(layout.rows.length);
  });

  it('finds the scroll position of an event, leaving room for the pinned headers', () => {
    const locator = virtualLocator(layout);
    expect(locator.topOf('a')).toBe(0);
    expect(locator.topOf('c')).toBe(2 * Y + 2 * E + G - Y - ROW_HEIGHT.month);
    expect(locator.topOf('missing')).toBeNull();
  });

  it('reports the period of the cards in view', () => {
    const locator = virtualLocator(layout);
    expect(locator.periodInView(0, Y + E)).toEqual({ start: events[0]!.when.start, end: events[0]!.when.start + 86_400_000 });
    expect(locator.periodInView(0, 10_000)).toEqual({ start: events[0]!.when.start, end: events[2]!.when.start });
    expect(locator.periodInView(Y + 2 * E, G)).toBeNull();
  });
});

describe('firstEventFrom', () => {
  it('finds the first event starting at or after a time, else the last', () => {
    expect(firstEventFrom(events, Date.UTC(2010, 0, 1))?.id).toBe('a');
    expect(firstEventFrom(events, Date.UTC(2010, 3, 1))?.id).toBe('b');
    expect(firstEventFrom(events, Date.UTC(2011, 0, 1))?.id).toBe('c');
    expect(firstEventFrom(events, Date.UTC(2030, 0, 1))?.id).toBe('c');
    expect(firstEventFrom([], 0)).toBeUndefined();
  });
});
