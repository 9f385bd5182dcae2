import { describe, expect, test } from 'vitest';
import type { ModelEvent } from '../load-dataset';
import { eventsToCsv, eventsToCsvPieces } from './csv-export';
import { eventsToIcs, eventsToIcsPieces } from './ics-export';
import { datasetToJson, eventsToDataset, eventsToJsonPieces } from './json-export';
import { jsonDocumentPieces } from './json-pieces';
import { writeAll, writeInSlices, type Pieces } from './pieces';
import { eventsToTimelineJs, eventsToTimelineJsPieces } from './timelinejs-export';
import { bundledModel } from './__fixtures__/open';

/** Issue 21: every export written in slices is, byte for byte, the file the direct writer makes. */

const model = bundledModel();
// Many events, and some with what could trip a writer that splits text: line breaks, quotes, separators, no source.
const awkward: ModelEvent[] = model.events.slice(0, 3).map((e, i) => ({
  ...e,
  id: `awkward-${i}`,
  title: `Line one\nline "two"\r\n; three, =1+1 ${'🙂'.repeat(i)}`,
  summary: '  {"events": [\n]}  ',
  sources: i === 0 ? [] : e.sources,
}));
const many = [...Array.from({ length: 10 }, (_, i) => model.events.map((e) => ({ ...e, id: `${e.id}-${i}` }))).flat(), ...awkward];
const ics = { eventUrlBase: 'https://example.org/timeline/events/', uidDomain: 'example.org', stampOf: () => '2026-12-01' };

const text = (written: { ok: true; text: string } | { ok: false; error: string }) => (written.ok ? written.text : `error: ${written.error}`);

const formats: [string, (events: ModelEvent[]) => string, (events: ModelEvent[]) => Pieces][] = [
  ['JSON', (events) => datasetToJson(eventsToDataset(model, events)), (events) => eventsToJsonPieces(model, events)],
  ['CSV', (events) => eventsToCsv(model, events), (events) => eventsToCsvPieces(model, events)],
  ['TimelineJS', (events) => eventsToTimelineJs(model, events), (events) => eventsToTimelineJsPieces(model, events)],
  ['ICS', (events) => text(eventsToIcs(model, events, ics)), (events) => eventsToIcsPieces(model, events, ics)],
];

describe.each(formats)('%s written in slices', (_name, direct, pieces) => {
  test.each([
    ['the bundled events', model.events],
    ['many events with awkward text', many],
    ['one event', many.slice(-1)],
  ])('%s: the same bytes as the direct writer, at once and in slices', async (_what, events) => {
    const expected = direct([...events]);
    expect(text(writeAll(pieces([...events])))).toBe(expected);
    const progress: number[] = [];
    // Slices of 0 ms: a pause after every few pieces, the most joins there can be.
    const sliced = await writeInSlices(pieces([...events]), events.length, { sliceMs: 0, onProgress: (done) => progress.push(done) });
    expect(sliced?.ok && sliced.text.length).toBeGreaterThan(events.length > 1 ? 1 : 0);
    expect(sliced?.ok ? sliced.text.join('') : sliced).toBe(expected);
    expect(progress.at(-1)).toBe(events.length);
    expect(progress.filter((n) => n > 0)).toEqual(progress.filter((n) => n > 0).sort((a, b) => a - b));
  });

  test('stops when cancelled, and writes nothing after', async () => {
    const controller = new AbortController();
    let calls = 0;
    const result = await writeInSlices(pieces(many), many.length, {
      sliceMs: 0,
      signal: controller.signal,
      onProgress: () => {
        calls++;
        controller.abort();
      },
    });
    expect(result).toBeNull();
    expect(calls).toBe(1);
  });
});

test('an ICS of no event is an error, as the direct writer says', async () => {
  expect(await writeInSlices(eventsToIcsPieces(model, [], ics), 0)).toEqual({ ok: false, error: 'there is no event to export' });
  expect(eventsToIcs(model, [], ics)).toEqual({ ok: false, error: 'there is no event to export' });
});

test.each([
  ['empty', {}],
  ['empty arrays and left-out values', { a: [], b: undefined, c: () => 1, d: null, e: [[], {}, [1, [2]]], f: { g: undefined } }],
  ['strings with line breaks and indents', { title: 'a\nb', items: ['x\n  y', { k: '\r\n' }], z: 'end' }],
])('a JSON document as pieces is JSON.stringify(…, null, 2): %s', (_what, document) => {
  expect(text(writeAll(jsonDocumentPieces(document as Record<string, unknown>)))).toBe(`${JSON.stringify(document, null, 2)}\n`);
});
