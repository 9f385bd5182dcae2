import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { eventsToTimelineJs } from './timelinejs-export';
import { timelineJsDateToEdtf } from './timelinejs-import';
import { bundledModel, open, opened, plain, problemLines } from './__fixtures__/open';

const documented = readFileSync(new URL('./__fixtures__/timelinejs-documented.json', import.meta.url), 'utf8');

describe('TimelineJS', () => {
  test('a file in the documented format opens with each date at the precision it gives', () => {
    const { format, model, warnings } = opened('whistleblowers.json', documented);
    expect(format).toBe('timelinejs');
    expect(model.title).toBe('Whistleblowers on trial');
    expect(model.description).toBe('A TimelineJS3 file in the documented JSON format.');
    const byTitle = new Map(model.events.map((e) => [e.title, e]));
    expect(byTitle.get('A year only')?.when).toMatchObject({ text: '2010', isRange: false, from: { precision: 'year' } });
    expect(byTitle.get('A month')?.when).toMatchObject({ text: '2016-10', from: { precision: 'month' } });
    // Hours and minutes are dropped: the contract's finest unit is the day.
    expect(byTitle.get('A day')?.when).toMatchObject({ text: '2016-10-16', from: { precision: 'day' } });
    expect(byTitle.get('A period')?.when).toMatchObject({ text: '2016-09/2017-07', isRange: true, from: { precision: 'month' }, to: { precision: 'month' } });
    // unique_id is kept as the id where it is a slug, made one where it is not.
    expect(model.events.map((e) => e.id).sort()).toEqual(['a-month', 'a-period', 'internet-cut-off', 'year-only']);
    // group becomes actor and tag; no group is "Ungrouped".
    expect(model.actors.map((a) => a.name)).toEqual(['Investigation', 'Embassy', 'Ungrouped']);
    expect(byTitle.get('A period')?.tags).toEqual(['ungrouped']);
    // TimelineJS cites nothing: each event loads, and the loader says it has no source.
    expect(warnings.map((w) => w.message)).toEqual(Array(4).fill('lists no source; the event is shown marked "no source given"'));
  });

  test('its markup becomes inert plain text', () => {
    const { model } = opened('whistleblowers.json', documented);
    const day = model.eventById.get('internet-cut-off')!;
    expect(day.title).toBe('A day');
    expect(day.summary).toBe('First paragraph.\nSecond <b>paragraph</b> “quoted”.\nlink');
    const everything = JSON.stringify(plain(model.events));
    expect(everything).not.toMatch(/<img|<script|onerror|__pwned|javascript:/);
  });

  test('import → export → import gives the same events', () => {
    const first = opened('whistleblowers.json', documented);
    const again = opened('again.json', eventsToTimelineJs(first.model, first.model.events));
    expect(plain(again.model.events)).toEqual(plain(first.model.events));
    expect(again.model.title).toBe(first.model.title);
  });

  test('the bundled timeline exported for TimelineJS keeps ids, dates, titles and summaries; markup in them is escaped', () => {
    const model = bundledModel();
    const exported = JSON.parse(eventsToTimelineJs(model, model.events)) as { events: { start_date: object; media?: { url: string } }[] };
    expect(exported.events[0]).toMatchObject({ start_date: { year: 2010 }, unique_id: 'virginia-investigation-opens' });
    expect(exported.events.every((e) => e.media?.url.startsWith('https://'))).toBe(true);
    const back = opened('bundled-tl.json', JSON.stringify(exported)).model;
    // Dates lose only their ~ and ? qualifiers, which TimelineJS cannot express.
    expect(back.events.map((e) => [e.id, e.date, e.title, e.summary])).toEqual(model.events.map((e) => [e.id, e.date.replace(/[~?]/g, ''), e.title, e.summary]));
  });

  test.each<[unknown, string | object]>([
    [{ year: 2016 }, '2016'],
    [{ year: '2016', month: '', day: '' }, '2016'],
    [{ year: ' 33 ', month: 2 }, '0033-02'],
    [{ year: 2016, day: 3 }, { field: '.day', message: 'is given without a month' }],
    [{ year: 2016, month: 13 }, { field: '.month', message: 'must be a month from 1 to 12' }],
    [{ year: 'soon' }, { field: '.year', message: 'must be a year from 0 to 9999' }],
    [{ month: 3 }, { field: '.year', message: 'is missing; TimelineJS needs at least a year' }],
  ])('date %j reads as %j', (date, expected) => expect(timelineJsDateToEdtf(date)).toEqual(expected));

  test('bad slides are refused with the slide and field named', () => {
    const file = { events: [{ start_date: { year: 2016 }, text: { headline: 'Fine' } }, { start_date: { year: 2016, month: 14 } }, { text: { headline: 'No date' } }] };
    expect(problemLines(open('bad.json', JSON.stringify(file)))).toEqual([
      'events[1].start_date.month: must be a month from 1 to 12',
      'events[2].start_date: must be an object like {"year": 2016, "month": 10}',
    ]);
    const impossible = { events: [{ start_date: { year: 2019, month: 2, day: 30 }, text: { headline: 'Leap' } }] };
    expect(problemLines(open('bad.json', JSON.stringify(impossible)))).toEqual([
      'events[0] "leap" › start_date: "2019-02-30" is not a calendar date: February 2019 has 28 days',
    ]);
  });
});
