// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { HOSTILE_STORY, hostileDataset, MARKUP_KEYS, PAYLOADS } from '../../e2e/fixtures/hostile-dataset';
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

  test('actor pages carry hostile names and descriptions exactly, as text, in the page and its head', () => {
    const checked = MARKUP_KEYS.map((key) => model.actors.find((a) => a.name.includes(PAYLOADS[key]))!);
    expect(checked.every(Boolean)).toBe(true);
    for (const actor of checked) {
      const page = plan.pages.find((p) => p.file === `actors/${actor.id}/index.html`)!;
      const { document } = { document: new DOMParser().parseFromString(page.html, 'text/html') };
      expect(document.title).toBe(`${actor.name} — ${model.title}`);
      expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(`${actor.name} — ${model.title}`);
      expect(document.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(actor.description.replace(/\s+/g, ' ').slice(0, 40));
      expect(document.querySelector('#actor-title')!.textContent).toBe(actor.name);
      expect(document.querySelector('.actor-description')!.textContent).toBe(actor.description);
      expect(document.querySelector('a.button-link')!.textContent).toBe(`Show only ${actor.name}’s events`);
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent ?? '');
      expect(data).toMatchObject({ '@type': 'ProfilePage', name: actor.name, mainEntity: { name: actor.name, description: actor.description } });
    }
  });

  test('the home page lists the hostile story as text, linking to its first step', () => {
    const { document } = { document: new DOMParser().parseFromString(plan.pages.find((p) => p.file === 'index.html')!.html, 'text/html') };
    const link = document.querySelector('nav[aria-labelledby="stories-heading"] a')!;
    expect(link.getAttribute('href')).toBe(`/timeline/events/${HOSTILE_STORY.steps[0]!.event}/?story=${HOSTILE_STORY.id}&step=1`);
    expect(link.querySelector('.story-link-title')!.textContent).toBe(HOSTILE_STORY.title);
    expect(document.querySelector('.story-link-summary')!.textContent).toBe(HOSTILE_STORY.summary);
  });

  test('event pages link their actors to the actors’ pages, under the sub-path', () => {
    const event = model.events.find((e) => e.id === 'hostile-dispute')!;
    const page = plan.pages.find((p) => p.file === `events/${event.id}/index.html`)!;
    const { document } = { document: new DOMParser().parseFromString(page.html, 'text/html') };
    const links = [...document.querySelectorAll('section.actors a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual(event.actors.map((id) => [`/timeline/actors/${id}/`, model.actorById.get(id)!.name]));
  });

  test('every actor has a page, a card and a sitemap entry', () => {
    for (const actor of model.actors) {
      expect(plan.pages.some((p) => p.file === `actors/${actor.id}/index.html`), actor.id).toBe(true);
      expect(plan.images.some((i) => i.file === `og/actors/${actor.id}.png`), actor.id).toBe(true);
      expect(plan.urls).toContain(`https://example.org/timeline/actors/${actor.id}/`);
    }
  });

  test('absolute URLs follow SITE_URL, sub-path included', () => {
    const page = plan.pages.find((p) => p.file.startsWith('events/'))!;
    const { document } = { document: new DOMParser().parseFromString(page.html, 'text/html') };
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/^https:\/\/example\.org\/timeline\/events\/[a-z0-9-]+\/$/);
    expect(document.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(/^https:\/\/example\.org\/timeline\/og\/[a-z0-9-]+\.png$/);
    expect(plan.urls[0]).toBe('https://example.org/timeline/');
  });

  test.each(['event', 'actor'] as const)('a preview image of a hostile %s is a 1200×630 PNG', async (kind) => {
    const image = plan.images.find((i) => i.card.kind === kind)!;
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
