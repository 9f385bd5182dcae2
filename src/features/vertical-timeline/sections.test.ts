import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '../../domain/load-dataset';
import { parseEdtf } from '../../domain/edtf';
import { buildSections, flattenSections, gapLabel } from './sections';

function event(id: string, date: string): ModelEvent {
  const parsed = parseEdtf(date);
  if (!parsed.ok) throw new Error(parsed.error);
  return { id, title: id, summary: '', date, actors: [], tags: [], sources: [], when: parsed.value, disputed: false } as ModelEvent;
}
const sorted = (...events: ModelEvent[]) => [...events].sort((a, b) => a.when.start - b.when.start || a.when.end - b.when.end);

describe('buildSections', () => {
  it('compresses runs of empty years into one marker', () => {
    const sections = buildSections(sorted(event('a', '2010'), event('b', '2012-05'), event('c', '2016-10-03')));
    expect(sections.map((s) => (s.kind === 'gap' ? gapLabel(s) : s.year))).toEqual([2010, '2011 · no events', 2012, '2013–2015 · no events', 2016]);
  });

  it('gives month headers only to dense years, with year-only events first', () => {
    const dense = sorted(
      event('day-jan', '2016-01-01'),
      event('year', '2016'),
      event('oct-1', '2016-10-03'),
      event('oct-2', '2016-10'),
      event('nov', '2016-11-08'),
    );
    const [section] = buildSections(dense, 4);
    expect(section).toMatchObject({ kind: 'year', year: 2016, count: 5 });
    const groups = section!.kind === 'year' ? section!.groups : [];
    expect(groups.map((g) => [g.month, g.events.map((e) => e.id)])).toEqual([
      [null, ['year']],
      [1, ['day-jan']],
      [10, expect.arrayContaining(['oct-1', 'oct-2'])],
      [11, ['nov']],
    ]);
    const sparse = buildSections(dense, 6)[0]!;
    expect(sparse.kind === 'year' && sparse.groups.map((g) => g.month)).toEqual([null]);
  });

  it('places a period by its start year', () => {
    const sections = buildSections([event('p', '2016-09/2017-07')]);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ year: 2016 });
  });

  it('is empty for no events', () => {
    expect(buildSections([])).toEqual([]);
  });
});

describe('flattenSections', () => {
  it('lists headers, markers and events in reading order', () => {
    const rows = flattenSections(buildSections(sorted(event('a', '2010-03-01'), event('b', '2010-04-02'), event('c', '2013')), 2));
    expect(rows.map((r) => (r.kind === 'event' ? r.event.id : r.kind === 'month' ? `m${r.month}` : r.kind === 'gap' ? 'gap' : r.year))).toEqual([
      2010, 'm3', 'a', 'm4', 'b', 'gap', 2013, 'c',
    ]);
  });
});
