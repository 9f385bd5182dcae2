import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from './load-dataset';
import type { TimelineModel } from './model';
import { sameHeads } from './same-heads';
import { readTimelineIndex } from './timeline-index/read-index';
import { writeTimelineIndex } from './timeline-index/write-index';

const bundled = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/data/timeline.json', import.meta.url)), 'utf8')) as {
  events: { id: string; title: string; date: string; actors: string[] }[];
  actors: { id: string; name: string }[];
};

function modelOf(data: unknown): TimelineModel {
  const result = loadDataset(data);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.model;
}

const full = modelOf(bundled);
const reading = readTimelineIndex(JSON.parse(JSON.stringify(writeTimelineIndex(full, { bytes: 1, sha256: 'ab' }))));
if (!reading.ok) throw new Error(reading.reason);
const heads = reading.model;
const edited = (edit: (data: typeof bundled) => void) => {
  const copy = structuredClone(bundled);
  edit(copy);
  return modelOf(copy);
};

describe('whether the data file draws what its index drew', () => {
  test('the index and the data file it was made from draw the same', () => {
    expect(heads).not.toBe(full);
    expect(sameHeads(heads, full)).toBe(true);
  });

  test.each([
    ['a title', (d: typeof bundled) => void (d.events[3]!.title += ' (corrected)')],
    ['a date', (d: typeof bundled) => void (d.events[3]!.date = '2011')],
    ['an event’s actors', (d: typeof bundled) => void d.events[3]!.actors.reverse().push(d.actors[0]!.id)],
    ['an actor’s name', (d: typeof bundled) => void (d.actors[0]!.name += ' Jr.')],
    ['one event fewer', (d: typeof bundled) => void d.events.splice(5, 1)],
  ])('%s changed since the index was made: not the same', (_what, edit) => {
    expect(sameHeads(heads, edited(edit))).toBe(false);
  });
});
