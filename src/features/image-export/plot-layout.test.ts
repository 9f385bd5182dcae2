import { describe, expect, it } from 'vitest';
import { DOT_RADIUS, layoutPlot, type PlotEvent } from './plot-layout';
import type { Measure } from './shorten';

/** Every character 7 px wide, whatever the size: enough to test the geometry. */
const measure: Measure = (text) => text.length * 7;
const DAY = 86_400_000;
const start = Date.UTC(2016, 9, 1);
const window = { start, end: start + 100 * DAY };
const WIDTH = 1000;

const event = (over: Partial<PlotEvent> & Pick<PlotEvent, 'id'>): PlotEvent => ({
  title: 'A title',
  dateLabel: '3 Oct 2016',
  start: start + 10 * DAY,
  end: start + 10 * DAY,
  shape: 'dot',
  slot: 0,
  approximate: false,
  disputed: false,
  ...over,
});

describe('layoutPlot', () => {
  it('puts a dot at its date, from the window the timeline shows, and the label after it', () => {
    const [placed] = layoutPlot([event({ id: 'a', start: start + 25 * DAY, end: start + 25 * DAY })], window, WIDTH, measure);
    expect(placed!.x1).toBeCloseTo(250);
    expect(placed!.labelX).toBeCloseTo(250 + DOT_RADIUS + 6);
    expect(placed!.shownTitle).toBe('A title');
  });

  it('moves a label near the right edge to the left of its mark, which stays at its date', () => {
    const [placed] = layoutPlot([event({ id: 'a', start: start + 95 * DAY, end: start + 95 * DAY })], window, WIDTH, measure);
    expect(placed!.x1).toBeCloseTo(950);
    expect(placed!.labelX + placed!.labelWidth).toBeLessThanOrEqual(950 - DOT_RADIUS);
    expect(placed!.shownTitle).toBe('A title');
  });

  it('shortens a title that fits on neither side at a word, inside the plot', () => {
    const title = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    const [placed] = layoutPlot([event({ id: 'a', title, start: start + 50 * DAY, end: start + 50 * DAY })], window, WIDTH, measure);
    expect(placed!.shownTitle).toMatch(/^One two .*[a-z]…$/);
    expect(title.startsWith(placed!.shownTitle.slice(0, -1) + ' ')).toBe(true);
    expect(placed!.labelX).toBeGreaterThanOrEqual(0);
    expect(placed!.labelX + placed!.labelWidth).toBeLessThanOrEqual(WIDTH);
  });

  it('stacks items that would overlap onto rows, short spans above long ones', () => {
    const placed = layoutPlot(
      [
        event({ id: 'period', shape: 'solid', start: start - 50 * DAY, end: start + 200 * DAY }),
        event({ id: 'day1' }),
        event({ id: 'day2' }),
        event({ id: 'far', start: start + 80 * DAY, end: start + 80 * DAY }),
      ],
      window,
      WIDTH,
      measure,
    );
    const row = (id: string) => placed.find((p) => p.id === id)!.row;
    expect(row('day1')).toBe(0);
    expect(row('day2')).toBe(1);
    expect(row('far')).toBe(0);
    expect(row('period')).toBe(2);
  });

  it('clips a bar to the plot and reads its label on the bar, and leaves out what is outside the window', () => {
    const placed = layoutPlot(
      [
        event({ id: 'period', shape: 'solid', start: start - 50 * DAY, end: start + 200 * DAY }),
        event({ id: 'before', start: start - DAY, end: start - DAY }),
        event({ id: 'month-after', shape: 'hatched', start: window.end + DAY, end: window.end + 31 * DAY }),
      ],
      window,
      WIDTH,
      measure,
    );
    expect(placed.map((p) => p.id)).toEqual(['period']);
    expect(placed[0]!.x1).toBe(0);
    expect(placed[0]!.x2).toBe(WIDTH);
    expect(placed[0]!.labelX).toBeGreaterThan(0);
  });

  it('keeps a month too short for its title as a visible bar, with the title beside it', () => {
    const wide = { start, end: start + 3650 * DAY };
    const [placed] = layoutPlot([event({ id: 'm', shape: 'hatched', start: start + 100 * DAY, end: start + 130 * DAY })], wide, WIDTH, measure);
    expect(placed!.x2 - placed!.x1).toBeGreaterThanOrEqual(3);
    expect(placed!.labelX).toBeGreaterThan(placed!.x2);
  });
});
