import { describe, expect, it } from 'vitest';
import type { PlotEvent } from './plot-layout';
import { IMAGE_WIDTH, ROW_HEIGHT, layoutScene, type SceneInput } from './scene-layout';

const DAY = 86_400_000;
const start = Date.UTC(2016, 9, 1);
const dot = (id: string, day: number): PlotEvent => ({ id, title: `Event ${id}`, dateLabel: `${day} Oct 2016`, start: start + day * DAY, end: start + day * DAY, shape: 'dot', slot: 0, approximate: false, disputed: false });

const input = (events: PlotEvent[]): SceneInput => ({
  title: 'A timeline',
  filtersLine: 'No filters: all 3 events.',
  periodLine: 'Period shown: 1 Oct 2016 – 30 Oct 2016',
  creditLine: 'Sources: NBC News. From the timeline at example.org/',
  window: { start, end: start + 30 * DAY },
  events,
  legend: [{ slot: 0, label: 'Asylum' }],
  measure: (text) => text.length * 7,
});

describe('layoutScene', () => {
  it('reads title, filters and period above the plot, the legend and credit below it', () => {
    const scene = layoutScene(input([dot('a', 3)]));
    expect(scene.width).toBe(IMAGE_WIDTH);
    const y = (role: string) => scene.lines.find((l) => l.role === role)!.y;
    expect(y('title')).toBeLessThan(y('filters'));
    expect(y('filters')).toBeLessThan(y('period'));
    expect(y('period')).toBeLessThan(scene.plot.top);
    expect(scene.legend[0]!.y).toBeGreaterThan(scene.axis.bottom);
    expect(y('credit')).toBeGreaterThan(scene.legend[0]!.y);
    expect(scene.height).toBeGreaterThan(y('credit'));
  });

  it('grows with the rows the events need, so none is cut off', () => {
    const few = layoutScene(input([dot('a', 3)]));
    const many = layoutScene(input(Array.from({ length: 8 }, (_, i) => dot(String(i), 3))));
    expect(many.plot.rows).toBe(8);
    expect(many.height - few.height).toBe((8 - 3) * ROW_HEIGHT);
  });

  it('says so when no event falls in the period', () => {
    expect(layoutScene(input([])).lines.some((l) => l.role === 'empty')).toBe(true);
  });
});
