// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/domain/load-dataset';
import { correctionsLog } from '../../src/domain/coverage';
import { correctionFields } from '../html/structured-data';
import { headerRules, headersFor } from '../headers';
import { readSiteConfig } from '../site-config';
import { planSite } from './pages';

const TEMPLATE = `<!doctype html><html><head><meta charset="UTF-8" /><title>x</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>`;
const loaded = loadDataset(JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../public/data/timeline.json'), 'utf8')));
if (!loaded.ok) throw new Error('the bundled dataset must load');
const { model } = loaded;
const plan = planSite(model, TEMPLATE, readSiteConfig('https://example.org/timeline/'));
const open = (file: string) => {
  const page = plan.pages.find((p) => p.file === file);
  if (!page) throw new Error(`no page ${file}`);
  return new DOMParser().parseFromString(page.html, 'text/html');
};
const jsonLd = (document: Document) => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
const frameAncestors = (headers: Record<string, string>) => /frame-ancestors ([^;]*)$/.exec(headers['Content-Security-Policy'] ?? '')?.[1];
const COVERAGE = 'Events from 2010 to January 2019, as reported in five articles published between 18 October 2016 and 23 January 2019. Nothing later is covered.';

describe('what the timeline covers', () => {
  test('the home page says it under the title, and links to how it was made and the corrections', () => {
    const document = open('index.html');
    const note = document.querySelector('.app-header .coverage')!;
    expect(note.textContent).toContain(COVERAGE);
    expect([...note.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/timeline/about/', '/timeline/corrections/']);
  });

  test('the embed’s credit says it', () => {
    expect(open('embed/index.html').querySelector('.embed-coverage')!.textContent).toBe(COVERAGE);
  });

  test('the about page says it, lists the five articles, and explains the marks and the corrections policy', () => {
    const document = open('about/index.html');
    expect(document.querySelector('h1')!.textContent).toBe('About this timeline');
    expect(document.querySelector('main .coverage')!.textContent).toBe(COVERAGE);
    expect(document.querySelectorAll('main ul li')).toHaveLength(5);
    const terms = [...document.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Disputed', 'c. (about)', '?', 'Hatched bars']);
    expect(document.querySelector('main a[href="/timeline/corrections/"]')).not.toBeNull();
    expect(jsonLd(document)['@type']).toBe('AboutPage');
    // A page of text: no app script to take it over.
    expect(document.querySelector('script[type="module"]')).toBeNull();
  });

  test('the site title no longer suggests all of 2019', () => {
    expect(model.title).toBe('The United States v. Julian Assange and WikiLeaks, 2010 – January 2019');
  });
});

describe('corrections', () => {
  const log = correctionsLog(model);

  test('the corrections page lists every one, newest first, each linking to a page the build writes', () => {
    const document = open('corrections/index.html');
    const items = [...document.querySelectorAll('.corrections-log li')];
    expect(items).toHaveLength(log.length);
    const days = [...document.querySelectorAll('.corrections-log time')].map((t) => t.getAttribute('datetime')!);
    expect(days).toEqual([...days].sort().reverse());
    for (const item of items) {
      const href = item.querySelector('a')!.getAttribute('href')!;
      const file = `${href.replace('/timeline/', '').split('?')[0]}index.html`;
      expect(plan.pages.some((p) => p.file === file), href).toBe(true);
    }
    expect(items.some((li) => li.textContent!.includes('Story: '))).toBe(true);
    expect(items.some((li) => li.textContent!.includes('Actor: '))).toBe(true);
  });

  test('both new pages are in the sitemap and refuse to be framed', () => {
    expect(plan.urls).toEqual(expect.arrayContaining(['https://example.org/timeline/about/', 'https://example.org/timeline/corrections/']));
    const rules = headerRules('/timeline/');
    for (const path of ['/timeline/about/', '/timeline/corrections/', '/timeline/corrections/index.html']) expect(frameAncestors(headersFor(path, rules))).toBe("'none'");
  });

  test('a corrected event’s page shows the correction, dated, and when the event was first reported', () => {
    const document = open('events/mistaken-filing/index.html');
    const note = document.querySelector('.corrections-note')!;
    expect(note.textContent).toContain('Corrected 1 Dec 2026');
    expect(note.textContent).toContain('An earlier version said the filing revealed sealed charges; the article says it inadvertently suggested them');
    expect(document.querySelector('.first-reported')!.textContent).toBe('First reported by NBC News (via Euronews), 23 Jan 2019');
    expect(document.querySelector('#panel-title')!.textContent).toBe('Court filing inadvertently suggests sealed charges');
  });

  test('its JSON-LD carries dateModified and a CorrectionComment', () => {
    const data = jsonLd(open('events/mistaken-filing/index.html'));
    expect(data.dateModified).toBe('2026-12-01');
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', text: expect.stringContaining('inadvertently suggested'), datePublished: '2026-12-01' }]);
    expect(jsonLd(open('actors/julian-assange/index.html')).correction).toHaveLength(1);
    expect(jsonLd(open('index.html')).dateModified).toBe('2026-12-01');
  });

  test('an event never corrected carries neither field', () => {
    const data = jsonLd(open('events/swedish-interview/index.html'));
    expect(data.dateModified).toBeUndefined();
    expect(data.correction).toBeUndefined();
    expect(correctionFields(undefined)).toEqual({});
  });

  test('an actor’s page shows its correction', () => {
    expect(open('actors/julian-assange/index.html').querySelector('.corrections-note')!.textContent).toContain('Corrected 1 Dec 2026');
  });
});
