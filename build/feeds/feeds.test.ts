import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import ICAL from 'ical.js';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import bundled from '../../public/data/timeline.json';
import { loadDataset } from '../../src/domain/load-dataset';
import { activateLocale } from '../../src/i18n/i18n';
import { headersFor, headerRules } from '../headers';
import { planSite } from '../site/pages';
import { readSiteConfig } from '../site-config';
import { subscribedCalendar } from './calendar';
import { changeLog } from './change-log';
import { writeFeeds } from './feeds';

const loaded = loadDataset(bundled);
if (!loaded.ok) throw new Error('the bundled dataset must load');
const model = loaded.model;
const site = readSiteConfig('https://example.org/timeline/');
const TEMPLATE = '<!doctype html><html><head><title>x</title></head><body><div id="root"></div></body></html>';
const plan = planSite(model, TEMPLATE, site);
/** The event pages the build writes, by absolute URL. */
const eventPages = new Set(plan.pages.filter((p) => p.file.startsWith('events/')).map((p) => new URL(p.file.replace(/index\.html$/, ''), site.siteUrl).href));
const expected = model.events.filter((e) => e.added).length + model.events.filter((e) => e.revised).length;

afterEach(() => vi.useRealTimers());

describe('the feeds of added and revised events, read back by a feed parser', () => {
  const feeds = writeFeeds(model, site);

  test.each([
    ['Atom', () => extractFromXml(feeds.atom, { normalization: true, descriptionMaxLen: 100_000 })],
    ['JSON Feed', () => extractFromJson(JSON.parse(feeds.json) as Record<string, unknown>, { normalization: true, descriptionMaxLen: 100_000 })],
  ])('%s: one entry per addition and revision, newest first, each linking to an event page the build writes', (_format, read) => {
    const feed = read();
    expect(feed.title).toBe(model.title);
    const entries = feed.entries ?? [];
    expect(entries).toHaveLength(expected);
    for (const entry of entries) expect(eventPages.has(entry.link ?? ''), entry.link).toBe(true);
    const times = entries.map((e) => new Date(e.published ?? '').getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The first entries are the revisions of 1 Dec 2026, each carrying what its correction says.
    const revised = model.events.filter((e) => e.revised);
    expect(entries.slice(0, revised.length).map((e) => e.title)).toEqual(revised.map((e) => `Revised: ${e.title}`));
    expect(entries[0]!.description).toContain(revised[0]!.corrections![0]!.text.slice(0, 40));
  });

  test('the JSON Feed is version 1.1, in plain text', () => {
    const data = JSON.parse(feeds.json) as { version: string; items: Record<string, unknown>[] };
    expect(data.version).toBe('https://jsonfeed.org/version/1.1');
    expect(data.items.every((item) => typeof item.content_text === 'string' && !('content_html' in item))).toBe(true);
  });

  test('two builds write the same feeds, dated by the changes and not by the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    expect(writeFeeds(model, site)).toEqual(feeds);
    expect(feeds.atom).toContain('<updated>2026-12-01T00:00:00.000Z</updated>');
  });

  test('markup in a title reaches the reader as text', () => {
    const event = { ...model.events[0]!, title: '<img src=x onerror=alert(1)> & co' };
    const atom = writeFeeds({ ...model, events: [event] }, site).atom;
    expect(atom).not.toContain('<img');
    expect(extractFromXml(atom).entries?.some((e) => e.title?.includes('<img src=x onerror=alert(1)> & co'))).toBe(true);
  });

  test('the change log puts a revision before an addition of the same day', () => {
    const log = changeLog({ events: [{ ...model.events[0]!, added: '2026-12-01', revised: '2026-12-01' }] });
    expect(log.map((c) => c.kind)).toEqual(['revised', 'added']);
  });
});

describe('the feeds’ language is the dataset’s (issue 22)', () => {
  afterAll(() => activateLocale('en'));

  test.each([
    [undefined, 'en'],
    ['es', 'es'],
    ['ar', 'ar'],
  ])('lang %s: JSON Feed language and Atom xml:lang are %s', (lang, tag) => {
    const loaded = loadDataset({ ...bundled, lang });
    if (!loaded.ok) throw new Error('the dataset must load');
    const { atom, json } = writeFeeds(loaded.model, site);
    expect((JSON.parse(json) as { language: string }).language).toBe(tag);
    expect(atom).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${tag}">`);
    expect(extractFromXml(atom).entries).toHaveLength(expected);
  });

  test('their own words go through the catalogs: the pseudo-locale changes them, not the events’ titles', async () => {
    await activateLocale('pseudo');
    const pseudo = writeFeeds(model, site).json;
    await activateLocale('en');
    const english = writeFeeds(model, site).json;
    const titles = (json: string) => (JSON.parse(json) as { items: { title: string }[] }).items.map((item) => item.title);
    const event = model.events.find((e) => e.added)!;
    expect(titles(english)).toContain(`Added: ${event.title}`);
    expect(titles(pseudo)).not.toContain(`Added: ${event.title}`);
    expect(titles(pseudo).some((title) => title.endsWith(`: ${event.title}`))).toBe(true);
  });
});

describe('the calendar to subscribe to', () => {
  function read(ics: string) {
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, event.startDate.toString(), event.endDate.toString(), event.startDate.isDate];
    });
  }

  test('parses with ical.js to the same all-day dates and UIDs across two builds', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    const first = subscribedCalendar(model, site);
    vi.setSystemTime(new Date('2027-03-05T18:30:00Z'));
    const second = subscribedCalendar(model, site);
    expect(second).toBe(first);
    const day = (time: number) => new Date(time).toISOString().slice(0, 10);
    expect(read(first)).toEqual(model.events.map((e) => [`${e.id}@example.org`, day(e.when.start), day(e.when.end + 1), true]));
    expect(read(second)).toEqual(read(first));
  });

  test('each entry is stamped with the day its event last changed', () => {
    const ics = subscribedCalendar(model, site);
    const stamps = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('dtstamp')));
    expect(stamps).toEqual(model.events.map((e) => `${e.revised ?? e.added}T00:00:00Z`));
  });
});

describe('served with their own types', () => {
  test.each([
    ['/timeline/feed.atom', 'application/atom+xml; charset=utf-8'],
    ['/timeline/feed.json', 'application/feed+json; charset=utf-8'],
    ['/timeline/timeline.ics', 'text/calendar; charset=utf-8'],
  ])('%s', (path, type) => {
    expect(headersFor(path, headerRules('/timeline/'))['Content-Type']).toBe(type);
  });

  test('every page names the feeds and the calendar in its head', () => {
    for (const { file, html } of plan.pages) {
      for (const type of ['application/atom+xml', 'application/feed+json', 'text/calendar']) {
        expect(html, file).toMatch(new RegExp(`<link rel="alternate" type="${type.replace('+', '\\+')}" href="https://example\\.org/timeline/`));
      }
    }
  });
});
