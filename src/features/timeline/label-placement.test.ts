import { describe, expect, test } from 'vitest';
import { LABEL_GAP, placePointLabel, placeRangeLabel, pointLabelPlaces, rangeLabelPlaces } from './label-placement';

const ROOM = 1000;

describe('placePointLabel', () => {
  test.each([
    ['fits after the dot', 100, 300, { left: 105, side: 'after' }],
    ['fits exactly', 695, 300, { left: 700, side: 'after' }],
    ['would pass the right edge: before the dot', 900, 300, { left: 900 - 5 - LABEL_GAP - 300, side: 'before' }],
    ['dot left of the frame: its label goes out with it', -20, 300, { left: -25 - LABEL_GAP - 300, side: 'before' }],
    ['dot right of the frame: left alone, out of sight', 1020, 300, { left: 1025, side: 'after' }],
  ] as const)('%s', (_name, x, width, expected) => {
    expect(placePointLabel(x, 10, width, ROOM)).toEqual(expected);
  });

  test('too wide for either side: shortened where it reads, unless that leaves too little', () => {
    expect(placePointLabel(300, 10, 900, ROOM)).toEqual({ left: 305, maxWidth: 695, side: 'after' });
    expect(placePointLabel(700, 10, 900, ROOM)).toEqual({ left: 705, maxWidth: 295, side: 'after' });
    expect(placePointLabel(900, 10, 1000, ROOM)).toEqual({ left: 0, maxWidth: 900 - 5 - LABEL_GAP, side: 'before' });
  });

  test('the label never crosses an edge', () => {
    for (let x = 0; x <= ROOM; x += 25) {
      for (const width of [50, 400, 800, 1200]) {
        const place = placePointLabel(x, 10, width, ROOM);
        const shown = place.maxWidth ?? width;
        expect(place.left).toBeGreaterThanOrEqual(0);
        expect(place.left + shown).toBeLessThanOrEqual(ROOM);
        // …and never covers its own dot.
        expect(place.left + shown <= x - 5 || place.left >= x + 5).toBe(true);
      }
    }
  });
});

describe('placeRangeLabel', () => {
  test.each([
    ['fits on the bar, from its start', 100, 500, 300, { left: 100, side: 'after' }],
    ['longer than the bar: after its end, clear of its border', 100, 111, 300, { left: 111 + LABEL_GAP, side: 'after' }],
    ['a year bar under its long title: after the bar', 100, 200, 300, { left: 200 + LABEL_GAP, side: 'after' }],
    ['starts left of the frame: from the frame edge', -500, 600, 300, { left: 0, side: 'after' }],
    ['starts left of the frame, too short for its label: after its end', -500, 100, 300, { left: 100 + LABEL_GAP, side: 'after' }],
    ['a long bar running past the edge: from its start, shortened to the frame', 600, 5000, 600, { left: 600, maxWidth: 400, side: 'after' }],
    ['a short bar whose label fits on neither side: shortened after it, not across it', 420, 456, 600, { left: 456 + LABEL_GAP, maxWidth: ROOM - 456 - LABEL_GAP, side: 'after' }],
    ['a short bar near the edge: label before it', 900, 910, 300, { left: 900 - LABEL_GAP - 300, side: 'before' }],
  ] as const)('%s', (_name, start, end, width, expected) => {
    expect(placeRangeLabel(start, end, width, ROOM)).toEqual(expected);
  });

  test('the label never crosses an edge while the bar is in the frame', () => {
    for (let start = -400; start <= ROOM; start += 50) {
      for (const length of [5, 100, 600, 3000]) {
        for (const width of [50, 400, 1200]) {
          const end = start + length;
          if (end < 0) continue;
          const place = placeRangeLabel(start, end, width, ROOM);
          expect(place.left).toBeGreaterThanOrEqual(0);
          expect(place.left + (place.maxWidth ?? width)).toBeLessThanOrEqual(ROOM);
                    const barStart = Math.max(start, 0);
          const barEnd = Math.min(end, ROOM);
          // Whole or shortened, a label is on the bar or clear of it: the bar's border never cuts it.
          const shown = place.maxWidth ?? width;
          const onBar = place.left >= barStart && place.left + shown <= barEnd;
          const clear = place.left >= barEnd || place.left + shown <= start;
          expect(onBar || clear, `${start}–${end}, ${width}`).toBe(true);
        }
      }
    }
  });
});

describe('the choices offered to the stacking', () => {
  test('a point with room on both sides may take either; the usual side first', () => {
    expect(pointLabelPlaces(500, 10, 300, ROOM).map((p) => p.side)).toEqual(['after', 'before']);
    expect(pointLabelPlaces(200, 10, 300, ROOM).map((p) => p.side)).toEqual(['after']);
    expect(pointLabelPlaces(900, 10, 300, ROOM).map((p) => p.side)).toEqual(['before']);
  });

  test('a bar longer than its label keeps the label on it', () => {
    expect(rangeLabelPlaces(400, 800, 300, ROOM).map((p) => p.side)).toEqual(['after']);
    expect(rangeLabelPlaces(400, 420, 300, ROOM).map((p) => p.side)).toEqual(['after', 'before']);
  });
});
