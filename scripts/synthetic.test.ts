import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/domain/load-dataset';
import { ACTOR_COUNT, SEARCH_WORD, TAG_COUNT, generateDataset } from '../bench/synthetic';

// The benchmark's synthetic data must pass the same loader the app uses, or
// the bench would measure error paths instead of the timeline.
describe('bench synthetic dataset', () => {
  it('is valid for the loader, with every event kept and nothing to warn about', () => {
    const result = loadDataset(generateDataset(1_000));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.model.events).toHaveLength(1_000);
    expect(result.model.actors).toHaveLength(ACTOR_COUNT);
    expect(result.model.tags).toHaveLength(TAG_COUNT);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateDataset(300))).toBe(JSON.stringify(generateDataset(300)));
    expect(JSON.stringify(generateDataset(300, 1))).not.toBe(JSON.stringify(generateDataset(300, 2)));
  });

  it('mixes precisions and intervals, and has the search word in some titles', () => {
    const { events } = generateDataset(2_000);
    const intervals = events.filter((e) => e.date.includes('/')).length;
    const days = events.filter((e) => /^\d{4}-\d{2}-\d{2}[~?]?$/.test(e.date)).length;
    const years = events.filter((e) => /^\d{4}[~?]?$/.test(e.date)).length;
    expect(intervals / events.length).toBeGreaterThan(0.05);
    expect(intervals / events.length).toBeLessThan(0.15);
    expect(days).toBeGreaterThan(years);
    expect(years).toBeGreaterThan(0);
    const hits = events.filter((e) => e.title.includes(SEARCH_WORD)).length;
    expect(hits / events.length).toBeGreaterThan(0.02);
    expect(hits / events.length).toBeLessThan(0.1);
  });
});
