import { describe, expect, it } from 'vitest';
import { MAX_BINS, binByMonth } from './month-bins';

const at = (y: number, m: number, d = 1) => ({ when: { start: Date.UTC(y, m - 1, d) }, slot: 0 });
const span = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2019, 0, 31) };

describe('binByMonth', () => {
  it('has one bin per month of the span, with an end edge', () => {
    const bins = binByMonth([], span, 3, () => 0);
    expect(bins.edges.length).toBe(109 + 1);
    expect(bins.edges[0]).toBe(Date.UTC(2010, 0, 1));
    expect(bins.edges[109]).toBe(Date.UTC(2019, 1, 1));
    expect(bins.max).toBe(0);
  });

  it('counts each event in the month it starts, under its slot', () => {
    const events = [at(2016, 10, 3), { ...at(2016, 10, 31), slot: 2 }, at(2016, 11, 1), at(2010, 1, 1)];
    const bins = binByMonth(events, span, 3, (e) => e.slot);
    const october = (2016 - 2010) * 12 + 9;
    expect([...bins.counts.slice(october * 3, october * 3 + 3)]).toEqual([1, 0, 1]);
    expect(bins.counts[(october + 1) * 3]).toBe(1);
    expect(bins.counts[0]).toBe(1);
    expect(bins.max).toBe(2);
  });

  it('clamps events outside the span and slots outside the palette', () => {
    const bins = binByMonth([at(2005, 1), at(2030, 1)], span, 2, () => 7);
    expect(bins.counts[1]).toBe(1);
    expect(bins.counts[108 * 2 + 1]).toBe(1);
  });

  it('groups months when the span is long, keeping at most MAX_BINS bars', () => {
    const long = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2024, 11, 31) };
    const bins = binByMonth([at(1900, 1), at(1900, 4), at(2024, 12)], long, 1, () => 0);
    expect(bins.edges.length - 1).toBeLessThanOrEqual(MAX_BINS);
    expect(bins.counts[0]).toBe(2);
    expect(bins.edges.at(-1)!).toBeGreaterThan(Date.UTC(2024, 11, 1));
  });
});
