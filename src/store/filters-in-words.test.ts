import { describe, expect, test } from 'vitest';
import type { TimelineModel } from '../domain/load-dataset';
import { EMPTY_FILTERS } from './filters';
import { filtersInWords, filtersLine } from './filters-in-words';

const model = {
  events: new Array(38),
  actorById: new Map([['donald-trump-jr', { id: 'donald-trump-jr', name: 'Donald Trump Jr.' }]]),
  tagById: new Map([['asylum', { id: 'asylum', label: 'Asylum & embassy' }]]),
} as unknown as TimelineModel;

describe('filters in words', () => {
  test('no filter says all events are there', () => {
    expect(filtersInWords(model, EMPTY_FILTERS)).toEqual([]);
    expect(filtersLine(model, EMPTY_FILTERS, 38)).toBe('No filters: all 38 events.');
  });

  test('each filter is named by its names, dates written as the app writes them', () => {
    const filters = { ...EMPTY_FILTERS, query: ' embassy ', actors: ['donald-trump-jr', 'gone'], tags: ['asylum'], from: '2016-10-03', to: '2017-01-31' };
    expect(filtersInWords(model, filters)).toEqual([
      'Search: “embassy”',
      'Actors: Donald Trump Jr., gone',
      'Tags: Asylum & embassy',
      'Dates: 3 Oct 2016 to 31 Jan 2017',
    ]);
    expect(filtersLine(model, { ...EMPTY_FILTERS, actors: ['donald-trump-jr'] }, 10)).toBe('Filtered to 10 of 38 events. Actors: Donald Trump Jr.');
  });

  test('one date bound, and new since', () => {
    expect(filtersInWords(model, { ...EMPTY_FILTERS, from: '2017-01-01' })).toEqual(['Dates: from 1 Jan 2017']);
    expect(filtersInWords(model, { ...EMPTY_FILTERS, to: '2017-01-01', newSince: '2026-03-04' })).toEqual(['Dates: up to 1 Jan 2017', 'New or revised since 4 Mar 2026']);
  });
});
