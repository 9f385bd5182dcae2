import { describe, expect, test } from 'vitest';
import { DAY, centredOn, clampWindow, panBy, sameWindow, showsAll, windowAround, zoomAround } from './window-math';

const limits = { min: 0, max: 1000 * DAY, zoomMin: DAY };

describe('clampWindow', () => {
  test('a window past the end is moved back inside, keeping its width', () => {
    expect(clampWindow({ start: 900 * DAY, end: 1100 * DAY }, limits)).toEqual({ start: 800 * DAY, end: 1000 * DAY });
  });
  test('a window before the start is moved forward', () => {
    expect(clampWindow({ start: -50 * DAY, end: 50 * DAY }, limits)).toEqual({ start: 0, end: 100 * DAY });
  });
  test('a window wider than the limits becomes the limits', () => {
    expect(clampWindow({ start: -5000 * DAY, end: 5000 * DAY }, limits)).toEqual({ start: 0, end: 1000 * DAY });
  });
  test('a window narrower than the zoom limit widens around its middle', () => {
    expect(clampWindow({ start: 500 * DAY, end: 500 * DAY + 1000 }, limits)).toEqual({ start: 500 * DAY + 500 - DAY / 2, end: 500 * DAY + 500 + DAY / 2 });
  });
  test('a broken window becomes the whole range', () => {
    expect(clampWindow({ start: NaN, end: NaN }, limits).end - clampWindow({ start: NaN, end: NaN }, limits).start).toBe(1000 * DAY);
  });
});

describe('sameWindow', () => {
  const w = { start: 0, end: 1000 * DAY };
  test('within 0.2 % of the width is the same', () => {
    expect(sameWindow(w, { start: DAY, end: 1001 * DAY })).toBe(true);
  });
  test('more than that is not', () => {
    expect(sameWindow(w, { start: 3 * DAY, end: 1003 * DAY })).toBe(false);
  });
  test('null is only the same as null', () => {
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(w, null)).toBe(false);
  });
});

describe('moves', () => {
  test('zooming keeps the anchor where it was on screen', () => {
    const w = { start: 0, end: 100 };
    const zoomed = zoomAround(w, 0.5, 80);
    expect(zoomed).toEqual({ start: 40, end: 90 });
    expect((80 - zoomed.start) / (zoomed.end - zoomed.start)).toBeCloseTo((80 - w.start) / (w.end - w.start));
  });
  test('zooming without an anchor keeps the centre', () => {
    expect(zoomAround({ start: 0, end: 100 }, 2)).toEqual({ start: -50, end: 150 });
  });
  test('panning moves by a fraction of the width', () => {
    expect(panBy({ start: 0, end: 100 }, -0.2)).toEqual({ start: -20, end: 80 });
  });
  test('centredOn', () => {
    expect(centredOn(50, 20)).toEqual({ start: 40, end: 60 });
  });
});

describe('windowAround', () => {
  test('shows the whole period with more room on the right, where labels run', () => {
    const period = { start: 100 * DAY, end: 400 * DAY };
    const window = windowAround(period);
    expect(showsAll(window, period)).toBe(true);
    expect(window.end - period.end).toBeGreaterThan(period.start - window.start);
  });
  test('a single day is shown in at least two months of context', () => {
    const window = windowAround({ start: 100 * DAY, end: 100 * DAY });
    expect(window.end - window.start).toBeCloseTo(60 * DAY);
    expect(showsAll(window, { start: 100 * DAY, end: 100 * DAY })).toBe(true);
  });
});
