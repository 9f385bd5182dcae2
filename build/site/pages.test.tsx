// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { hostileDataset, MARKUP_KEYS, PAYLOADS } from '../../e2e/fixtures/hostile-dataset';
import { loadDataset } from '../../src/domain/load-dataset';
import { renderPreviewImage } from '../images/preview-image';
import { readSiteConfig } from '../site-config';
import { planSite } from './pages';

const TEMPLATE = `<!doctype html><html><head><meta charset="UTF-8" /><title>x</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>`;

const loaded = loadDataset(hostileDataset());
if (!loaded.ok) throw new Error('the hostile fixture must load');
const model = loaded.model;
const plan = planSite(model, TEMPLATE, readSiteConfig('https://example.org/timeline/'));

describe('pages built from hostile data', () => {
  test.each(plan.pages.map((p) => [p.file, p.html]))('%s holds the payloads as text only', (_file, html) => {
    const { document } = { document: new DOMParser().parseFromString(html, 'text/html') };
    // Only the template's script and the JSON-LD block; no element or handler from the data.
    expect(document.querySelectorAll('script:not([type="application/ld+json"]):not([src="/assets/app.js"])')).toHaveLength(0);
    expect(document.querySelectorAll('img, svg, iframe, style, math, object, embed, base, form')).toHaveLength(0);
    expect([...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toEqual([]);
    for (const link of document.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|\/timeline\/|#main$)/);
    const jsonLd = document.querySelectorAll('script[type="application/ld+json"]');
    expect(jsonLd).toHaveLength(1);
    expect(jsonLd[0]!.textContent).not.toMatch(/<\/script/i);
    JSON.parse(jsonLd[0]!.textContent ?? '');
  });

  test('titles, meta tags and JSON-LD carry the hostile title exactly, as text', () => {
    const checked = MARKUP_KEYS.filter((key) => model.events.some((e) => e.title.includes(PAYLOADS[key])));
    expect(checked.length).toBeGreaterThan(3);
    for (const key of checked) {
      const event = model.events.find((e) => e.title.includes(PAYLOADS[key]))!;
      const page = plan.pages.find((p) => p.file === `events/${event.id}/index.html`)!;
      const { document } = { document: new DOMParser().parseFromString(page.html, 'text/html') };
      expect(document.title).toBe(`${event.title} — ${model.title}`);
      expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(`${event.title} — ${model.title}`);
      expect(document.querySelector('#panel-title')!.textContent).toBe(event.title);
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent ?? '');
      expect(data.name).toBe(event.title);
    }
  });

  test('absolute URLs follow SITE_URL, sub-path included', () => {
    const page = plan.pages.find((p) => p.file.startsWith('events/'))!;
    const { document } = { document: new DOMParser().parseFromString(page.html, 'text/html') };
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/^https:\/\/example\.org\/timeline\/events\/[a-z0-9-]+\/$/);
    expect(document.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(/^https:\/\/example\.org\/timeline\/og\/[a-z0-9-]+\.png$/);
    expect(plan.urls[0]).toBe('https://example.org/timeline/');
  });

  test('a preview image of a hostile event is a 1200×630 PNG', async () => {
    const image = plan.images.find((i) => i.card.kind === 'event')!;
    const png = await renderPreviewImage(image.card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 30_000);
});

describe('the embed\'s page', () => {
  const embed = plan.pages.find((p) => p.file === 'embed/index.html')!;
  const document = new DOMParser().parseFromString(embed.html, 'text/html');

  test('lists every event, each link opening a new tab rather than inside the article', () => {
    const links = [...document.querySelectorAll('a[href]')];
    expect(document.querySelectorAll('.static-index li')).toHaveLength(model.events.length);
    expect(links.length).toBe(model.events.length + 1);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(document.querySelector('.embed-full-link')!.getAttribute('href')).toBe('/timeline/');
  });

  test('credits its sources by outlet, as text, and is kept out of search results', () => {
    const outlets = [...new Set([...model.articles.values()].map((a) => a.outlet))];
    expect(document.querySelector('.embed-sources')!.textContent).toBe(`Sources: ${outlets.join(', ')}`);
    expect(document.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(plan.urls.some((url) => url.includes('embed'))).toBe(false);
  });
});

describe('SITE_URL', () => {
  test('unset: a placeholder, said so', () => {
    expect(readSiteConfig(undefined)).toMatchObject({ placeholder: true, base: '/' });
  });
  test.each(['javascript:alert(1)', 'not a url', 'https://example.org/?q=1'])('refuses %s', (value) => {
    expect(() => readSiteConfig(value)).toThrow(/SITE_URL/);
  });
  test('a path without its final slash gets one', () => {
    expect(readSiteConfig('https://example.org/timeline')).toEqual({ siteUrl: 'https://example.org/timeline/', base: '/timeline/', placeholder: false });
  });
});
