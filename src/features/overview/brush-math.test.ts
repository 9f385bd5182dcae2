import { describe, expect, it } from 'vitest';
import { MIN_WIDTH, centreOn, clampWindow, describeWindow, moveWindow, resizeEdge, scaleWindow, toFraction, toTime, windowForKey } from './brush-math';

const domain = { start: 0, end: 1000 * MIN_WIDTH };
const w = (start: number, end: number) => ({ start: start * MIN_WIDTH, end: end * MIN_WIDTH });

describe('brush math', () => {
  it('converts between time and fraction of the strip', () => {
    expect(toFraction(250 * MIN_WIDTH, domain)).toBe(0.25);
    expect(toTime(0.5, domain)).toBe(500 * MIN_WIDTH);
  });

  it('moves without leaving the domain or changing the width', () => {
    expect(moveWindow(w(100, 200), 50 * MIN_WIDTH, domain)).toEqual(w(150, 250));
    expect(moveWindow(w(100, 200), -500 * MIN_WIDTH, domain)).toEqual(w(0, 100));
    expect(moveWindow(w(800, 900), 500 * MIN_WIDTH, domain)).toEqual(w(900, 1000));
  });

  it('resizes one edge, keeping the other and a minimum width', () => {
    expect(resizeEdge(w(100, 200), 'start', 50 * MIN_WIDTH, domain)).toEqual(w(50, 200));
    expect(resizeEdge(w(100, 200), 'end', 300 * MIN_WIDTH, domain)).toEqual(w(100, 300));
    expect(resizeEdge(w(100, 200), 'start', 500 * MIN_WIDTH, domain)).toEqual(w(199, 200));
    expect(resizeEdge(w(100, 200), 'end', 5000 * MIN_WIDTH, domain)).toEqual(w(100, 1000));
  });

  it('centres on a clicked time, clamped', () => {
    expect(centreOn(w(100, 200), 600 * MIN_WIDTH, domain)).toEqual(w(550, 650));
    expect(centreOn(w(100, 200), 990 * MIN_WIDTH, domain)).toEqual(w(900, 1000));
  });

  it('clamps a window wider than the domain to the domain', () => {
    expect(clampWindow(w(-100, 2000), domain)).toEqual(w(0, 1000));
    expect(scaleWindow(w(400, 600), 0.5, domain)).toEqual(w(450, 550));
  });

  it('answers the slider keys', () => {
    expect(windowForKey('ArrowRight', w(100, 200), domain)).toEqual(w(110, 210));
    expect(windowForKey('ArrowLeft', w(100, 200), domain)).toEqual(w(90, 190));
    expect(windowForKey('PageUp', w(100, 200), domain)).toEqual(w(200, 300));
    expect(windowForKey('Home', w(100, 200), domain)).toEqual(w(0, 100));
    expect(windowForKey('End', w(100, 200), domain)).toEqual(w(900, 1000));
    expect(windowForKey('+', w(100, 200), domain)).toEqual(w(125, 175));
    expect(windowForKey('-', w(100, 200), domain)).toEqual(w(50, 250));
    expect(windowForKey('a', w(100, 200), domain)).toBeNull();
  });

  it('says the period in words', () => {
    expect(describeWindow({ start: Date.UTC(2016, 9, 3), end: Date.UTC(2017, 0, 31) })).toBe('3 October 2016 to 31 January 2017');
    expect(describeWindow({ start: Date.UTC(2010, 0, 1), end: Date.UTC(2019, 0, 31) })).toBe('January 2010 to January 2019');
  });
});
