import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { eventsToIcs } from './ics-export';
import { bundledModel } from './__fixtures__/open';

const model = bundledModel();
const BASE = 'https://example.org/timeline/events/';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      url: vevent.getFirstPropertyValue('url'),
    };
  });
}

function exported(ids: string[]) {
  const result = eventsToIcs(model, ids.map((id) => model.eventById.get(id)!), { eventUrlBase: BASE, uidDomain: 'example.org' });
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe('ICS', () => {
  test.each([
    ['a day', 'internet-cut-off', '2016-10-16', '2016-10-17'],
    ['an approximate day keeps its day', 'state-department-denial', '2016-10-18', '2016-10-19'],
    ['a month spans exactly the month', 'rubio-warning', '2016-10-01', '2016-11-01'],
    ['a period of approximate months spans both', 'podesta-email-releases', '2016-10-01', '2016-12-01'],
    ['an uncertain month keeps its span', 'us-message-to-ecuador', '2016-10-01', '2016-11-01'],
    ['a year spans exactly the year', 'virginia-investigation-opens', '2010-01-01', '2011-01-01'],
    ['a period spans from its first to its last month', 'direct-messages', '2016-09-01', '2017-08-01'],
    ['a period with an approximate start', 'witnesses-approached', '2018-10-01', '2019-02-01'],
  ])('%s: an all-day event from DTSTART to the exclusive DTEND', (_why, id, start, end) => {
    const [event] = parse(exported([id]));
    expect(event).toMatchObject({ start, end, allDay: true, uid: `${id}@example.org`, url: `${BASE}${id}/` });
    expect(event?.summary).toBe(model.eventById.get(id)!.title);
  });

  test('one VEVENT per shown event, all parsed back by ical.js with the same dates the model gives', () => {
    const text = exported(model.events.map((e) => e.id));
    expect(text).toMatch(/DTSTART;VALUE=DATE:20161016\r\n/);
    const parsed = parse(text);
    expect(parsed).toHaveLength(model.events.length);
    const day = (time: number) => new Date(time).toISOString().slice(0, 10);
    expect(parsed.map((e) => [e.uid, e.start, e.end])).toEqual(model.events.map((e) => [`${e.id}@example.org`, day(e.when.start), day(e.when.end + 1)]));
  });

  test('the description carries the summary, the precision and the quotes, with commas and line breaks intact', () => {
    const [event] = parse(exported(['internet-cut-off']));
    const source = model.eventById.get('internet-cut-off')!;
    expect(event?.description).toContain(source.summary);
    expect(event?.description).toContain('Known to the day.');
    expect(event?.description).toContain(`“${source.sources[0]!.quote}” — NBC News`);
  });

  test('the calendar’s own words are in the interface language; the quotes stay as written', async () => {
    await activateLocale('es');
    try {
      const [event] = parse(exported(['internet-cut-off']));
      const source = model.eventById.get('internet-cut-off')!;
      expect(event?.description).toContain('Fecha: ');
      expect(event?.description).toContain('Fuentes:');
      expect(event?.description).not.toMatch(/\bDate:|\bSources:/);
      expect(event?.description).toContain(`“${source.sources[0]!.quote}”`);
    } finally {
      await activateLocale('en');
    }
  });

  test('a timeline opened from a file has no event pages, so no URL', () => {
    const result = eventsToIcs(model, [model.events[0]!], { eventUrlBase: null, uidDomain: 'localhost' });
    expect(result.ok && parse(result.text)[0]?.url).toBeNull();
  });

  test('text with separators, line breaks and wide characters comes back exactly, in lines of at most 75 octets', () => {
    const title = `Backslash \\ semicolon; comma, ${'é'.repeat(40)} ${'🙂'.repeat(30)} ${'日本'.repeat(30)}`;
    const event = { ...model.events[0]!, id: 'wide', title, summary: 'Line one\nline two\r\nthree; four, five' };
    const result = eventsToIcs(model, [event], { eventUrlBase: BASE, uidDomain: 'example.org' });
    if (!result.ok) throw new Error(result.error);
    const encoder = new TextEncoder();
    for (const line of result.text.split('\r\n')) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    const [parsed] = parse(result.text);
    expect(parsed?.summary).toBe(title);
    expect(parsed?.description).toContain('Line one\nline two\nthree; four, five');
  });
});
