import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../../bench/synthetic';
import { minimalDataset } from '../__fixtures__/minimal-dataset';
import { loadDataset } from '../load-dataset';
import type { EventHead, TimelineModel } from '../model';
import { indexUrlOf, type TimelineIndex } from './index-format';
import { readTimelineIndex } from './read-index';
import { writeTimelineIndex } from './write-index';

const STAMP = { bytes: 1, sha256: 'ab' };

function modelOf(data: unknown): TimelineModel {
  const result = loadDataset(data);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.model;
}

/** The index as a reader gets it: written, sent as JSON, parsed. */
const indexOf = (model: TimelineModel): TimelineIndex => JSON.parse(JSON.stringify(writeTimelineIndex(model, STAMP))) as TimelineIndex;

const headOf = (e: EventHead): EventHead => ({
  id: e.id,
  title: e.title,
  date: e.date,
  when: e.when,
  actors: e.actors,
  tags: e.tags,
  added: e.added,
  revised: e.revised,
  disputed: e.disputed,
});

function expectSameHeads(model: TimelineModel): void {
  const reading = readTimelineIndex(indexOf(model));
  if (!reading.ok) throw new Error(reading.reason);
  const head = reading.model;
  expect(head.events.map(headOf)).toEqual(model.events.map(headOf));
  expect(head.span).toEqual(model.span);
  expect(head.actors).toEqual(model.actors);
  expect(head.tags).toEqual(model.tags);
  expect(head.stories).toEqual(model.stories);
  expect(new Set(head.eventById.keys())).toEqual(new Set(model.eventById.keys()));
  expect({ lang: head.lang, title: head.title, description: head.description, updated: head.updated }).toEqual({
    lang: model.lang,
    title: model.title,
    description: model.description,
    updated: model.updated,
  });
}

const bundled = modelOf(JSON.parse(readFileSync(fileURLToPath(new URL('../../../public/data/timeline.json', import.meta.url)), 'utf8')));

describe('the timeline index', () => {
  test('gives the first view the same events, actors, tags and stories as the checked data file', () => {
    expectSameHeads(bundled);
    expectSameHeads(modelOf(generateDataset(2_000)));
  });

  test('carries no summary, source, dispute or article text, and is a fraction of the data file', () => {
    const data = generateDataset(2_000);
    const text = JSON.stringify(writeTimelineIndex(modelOf(data), STAMP));
    const oneSummary = data.events[0]!.summary;
    expect(text).not.toContain(oneSummary);
    expect(text).not.toContain(data.articles[0]!.paragraphs![0]!);
    expect(text.length).toBeLessThan(JSON.stringify(data).length / 3);
  });

  test('lists the dates only the date library reads, and reads them back without it', () => {
    const data = minimalDataset();
    data.span = '-0100/2017';
    data.events[0]!.date = '-0044';
    const model = modelOf(data);
    const index = indexOf(model);
    expect(Object.keys(index.dates).sort()).toEqual(['-0044', '-0100/2017']);
    expectSameHeads(model);
  });

  test('keeps a story only while every step names an indexed event', () => {
    const index = indexOf(bundled);
    const story = index.dataset.stories[0]!;
    const dropped = index.events.id.indexOf(story.steps[0]!.event);
    for (const key of Object.keys(index.events) as (keyof TimelineIndex['events'])[]) index.events[key].splice(dropped, 1);
    const reading = readTimelineIndex(index);
    expect(reading.ok && reading.model.storyById.has(story.id)).toBe(false);
  });

  const broken: [string, (index: TimelineIndex) => void, RegExp][] = [
    ['another version', (i) => void ((i as { version: number }).version = 2), /version 2/],
    ['a short column', (i) => void i.events.title.pop(), /column/],
    ['an actor index out of range', (i) => void (i.events.actors[0] = [999]), /column/],
    ['an event given twice', (i) => void (i.events.id[1] = i.events.id[0]!), /given twice/],
    ['an unreadable date', (i) => void (i.events.date[0] = 'soon'), /date of event 0/],
    ['events out of time order', (i) => void ([i.events.date[0], i.events.date[5]] = [i.events.date[5]!, i.events.date[0]!]), /time order/],
    ['an envelope the rules refuse', (i) => void (i.dataset.title = ''), /envelope/],
    ['a title that is not text', (i) => void ((i.events.title as unknown[])[3] = { toString: 1 }), /column/],
  ];
  test.each(broken)('is refused, so the app loads the data file instead, for %s', (_, breakIt, reason) => {
    const index = indexOf(bundled);
    breakIt(index);
    const reading = readTimelineIndex(index);
    expect(reading.ok ? 'read' : reading.reason).toMatch(reason);
  });

  test('is refused when it is not an index at all', () => {
    for (const input of [null, [], 'x', { format: 'other' }, minimalDataset()]) expect(readTimelineIndex(input).ok).toBe(false);
  });

  test('lives beside its data file', () => {
    expect(indexUrlOf('/data/timeline.json')).toBe('/data/timeline.index.json');
    expect(indexUrlOf('/base/data/timeline.json?v=2')).toBe('/base/data/timeline.index.json?v=2');
  });
});
