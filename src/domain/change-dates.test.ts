import { describe, expect, it } from 'vitest';
import bundled from '../../public/data/timeline.json';
import { changeDateIssues, changedOn, revisedOn } from './change-dates';
import { loadDataset } from './load-dataset';

const fix = { date: '2026-12-01', text: 'An earlier version said more than the source.' };

describe('added and revised agree with the corrections', () => {
  it.each([
    ['no dates, no corrections', {}, []],
    ['added only', { added: '2026-11-21' }, []],
    ['revised on the latest correction', { added: '2026-11-21', revised: '2026-12-01', corrections: [{ ...fix, date: '2026-11-25' }, fix] }, []],
    ['revised without a correction', { revised: '2026-12-01' }, ['revised']],
    ['corrected, revised left to the log', { corrections: [fix] }, []],
    ['revised on another day', { revised: '2026-12-02', corrections: [fix] }, ['revised']],
    ['corrected before it was added', { added: '2026-12-05', revised: '2026-12-01', corrections: [fix] }, ['added']],
  ])('%s', (_, event, fields) => {
    expect(changeDateIssues(event).map((issue) => issue.field)).toEqual(fields);
  });

  it('a file that leaves revised out is revised on its latest correction', () => {
    expect(revisedOn({ corrections: [{ ...fix, date: '2026-11-25' }, fix] })).toBe('2026-12-01');
    expect(revisedOn({ revised: '2026-12-01', corrections: [fix] })).toBe('2026-12-01');
    expect(revisedOn({})).toBeUndefined();
  });

  it('names the day the log gives', () => {
    expect(changeDateIssues({ revised: '2026-12-02', corrections: [fix] })[0]?.message).toContain('latest correction is dated 2026-12-01');
  });

  it('a loaded file skips an event whose revised day the log does not show', () => {
    const data = structuredClone(bundled) as typeof bundled;
    const event = data.events[0]!;
    (event as { revised?: string }).revised = '2026-12-09';
    const result = loadDataset(data);
    expect(result.ok && result.model.eventById.has(event.id)).toBe(false);
    expect(result.warnings.some((w) => w.where.includes(event.id) && /revised/.test(w.message))).toBe(true);
  });
});

describe('the bundled events', () => {
  it('were all added on the first publication and are revised exactly where corrected', () => {
    for (const event of bundled.events) {
      const corrections = (event as { corrections?: { date: string }[] }).corrections;
      expect(event.added, event.id).toBe('2026-11-21');
      expect((event as { revised?: string }).revised, event.id).toBe(corrections?.at(-1)?.date);
    }
  });

  it('change on their revision, else on their addition', () => {
    expect(changedOn({ added: '2026-11-21', revised: '2026-12-01' })).toBe('2026-12-01');
    expect(changedOn({ added: '2026-11-21' })).toBe('2026-11-21');
    expect(changedOn({})).toBeUndefined();
  });
});
