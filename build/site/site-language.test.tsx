// @vitest-environment jsdom
import { afterAll, describe, expect, test } from 'vitest';
import bundled from '../../public/data/timeline.json';
import { loadDataset, type TimelineModel } from '../../src/domain/load-dataset';
import { activateLocale, i18n } from '../../src/i18n/i18n';
import type { HomeCard } from '../images/preview-image';
import { readSiteConfig } from '../site-config';
import { planSite, type SitePlan } from './pages';
import { siteLanguage, speakSiteLanguage } from './site-language';

/** Issue 22: the static site is written in the dataset's language, and says so. */

const TEMPLATE = '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>x</title></head><body><div id="root"></div></body></html>';
const site = readSiteConfig('https://example.org/timeline/');

function modelIn(lang: string | undefined): TimelineModel {
  const loaded = loadDataset({ ...bundled, lang });
  if (!loaded.ok) throw new Error(`the bundled dataset must load with lang ${lang}`);
  return loaded.model;
}

/** The site as the prerender writes it: the dataset's interface locale activated first. */
async function planIn(lang: string | undefined): Promise<SitePlan> {
  const model = modelIn(lang);
  await speakSiteLanguage(model.lang);
  return planSite(model, TEMPLATE, site);
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
function open(plan: SitePlan, file: string): Document {
  const page = plan.pages.find((p) => p.file === file);
  if (!page) throw new Error(`no page ${file}`);
  return parse(page.html);
}
const jsonLd = (document: Document) => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
const meta = (document: Document, property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
const hreflangs = (document: Document) =>
  [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);

afterAll(() => activateLocale('en'));

describe('the site’s language, from the dataset’s tag', () => {
  test.each([
    ['en', { tag: 'en', dir: 'ltr', locale: 'en', ogLocale: 'en_GB' }],
    ['es', { tag: 'es', dir: 'ltr', locale: 'es', ogLocale: 'es_ES' }],
    // A territory in the tag is the page's, though the interface is the shipped Spanish.
    ['es-MX', { tag: 'es-MX', dir: 'ltr', locale: 'es', ogLocale: 'es_MX' }],
    ['pt-br', { tag: 'pt-BR', dir: 'ltr', locale: 'pt', ogLocale: 'pt_BR' }],
    // A language the site does not ship: its own tag and direction, with English words.
    ['he', { tag: 'he', dir: 'rtl', locale: 'en', ogLocale: 'he_IL' }],
    ['sv', { tag: 'sv', dir: 'ltr', locale: 'en', ogLocale: 'sv_SE' }],
  ])('%s', (lang, expected) => {
    expect(siteLanguage(lang)).toEqual(expected);
  });

  test('Arabic is written right to left, with an Arabic Open Graph locale', () => {
    expect(siteLanguage('ar')).toMatchObject({ tag: 'ar', dir: 'rtl' });
    expect(siteLanguage('ar').ogLocale).toMatch(/^ar_[A-Z]{2}$/);
  });
});

describe('a Spanish dataset', () => {
  test('every page is <html lang="es" dir="ltr"> and says inLanguage "es"; indexable pages name themselves for es and x-default', async () => {
    const plan = await planIn('es');
    for (const { file, html } of plan.pages) {
      expect(html, file).toContain('<html lang="es" dir="ltr">');
      const document = parse(html);
      expect(meta(document, 'og:locale'), file).toBe('es_ES');
      expect(jsonLd(document).inLanguage, file).toBe('es');
      const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href');
      const noindex = !!document.querySelector('meta[name="robots"][content="noindex"]');
      expect(hreflangs(document), file).toEqual(noindex ? [] : [['es', canonical], ['x-default', canonical]]);
    }
  });

  test('its pages’ own words and dates come from the Spanish catalog and Intl', async () => {
    const plan = await planIn('es');
    expect(i18n.locale).toBe('es');
    const home = open(plan, 'index.html');
    expect(home.querySelector('.skip-link')!.textContent).toBe(i18n._('Skip to events'));
    // The about page's list of articles: "18 de octubre de 2016".
    expect(open(plan, 'about/index.html').querySelector('time[datetime="2016-10-18"]')!.textContent).toMatch(/octubre/);
    // The data's own words stay as written.
    expect(home.querySelector('h1')!.textContent).toBe(bundled.title);
  });
});

test('an Arabic dataset writes its pages right to left', async () => {
  const plan = await planIn('ar');
  for (const { file, html } of plan.pages) expect(html, file).toContain('<html lang="ar" dir="rtl">');
  expect(jsonLd(open(plan, 'index.html')).inLanguage).toBe('ar');
});

test('a dataset without lang is English, as before', async () => {
  const plan = await planIn(undefined);
  const home = open(plan, 'index.html');
  expect(plan.pages[0]!.html).toContain('<html lang="en" dir="ltr">');
  expect(meta(home, 'og:locale')).toBe('en_GB');
  expect(home.querySelector('.skip-link')!.textContent).toBe('Skip to events');
});

describe('every word the pages add goes through the catalogs', () => {
  /** The pages' own words, by page and selector: in the pseudo-locale, none of them may read as in English. */
  const CHROME: [file: string, selector: string][] = [
    ['index.html', '.skip-link'],
    ['index.html', '.static-note'],
    ['index.html', '#stories-heading'],
    ['index.html', '#index-heading'],
    ['index.html', '.static-index .badge'],
    ['embed/index.html', '.result-count'],
    ['about/index.html', 'h1'],
    ['about/index.html', 'main p:last-of-type'],
    ['about/index.html', 'dt'],
    ['about/index.html', '.site-footer nav'],
    ['corrections/index.html', 'h1'],
    ['corrections/index.html', '.corrections-log .kind'],
    ['corrections/index.html', '.corrections-log strong'],
    ['404.html', 'h1'],
    ['404.html', 'main p:last-of-type'],
  ];

  test('the pseudo-locale changes each of them, the head’s titles and alternates, and nothing of the data', async () => {
    const english = await planIn('en');
    await activateLocale('pseudo');
    const pseudo = planSite(modelIn('en'), TEMPLATE, site);
    for (const [file, selector] of CHROME) {
      const [before, after] = [english, pseudo].map((plan) => open(plan, file).querySelector(selector)?.textContent);
      expect(before, `${file} ${selector}`).toBeTruthy();
      expect(after, `${file} ${selector}`).not.toBe(before);
    }
    for (const file of ['about/index.html', 'corrections/index.html', '404.html']) expect(open(pseudo, file).title).not.toBe(open(english, file).title);
    const titles = (plan: SitePlan) => [...open(plan, 'index.html').querySelectorAll('link[rel="alternate"][type]')].map((l) => l.getAttribute('title'));
    expect(titles(pseudo).filter((t, i) => t === titles(english)[i])).toEqual([]);
    expect(meta(open(pseudo, 'index.html'), 'og:image:alt')).not.toBe(meta(open(english, 'index.html'), 'og:image:alt'));
    // The dataset's language, not the interface's, marks the pages.
    expect(pseudo.pages[0]!.html).toContain('<html lang="en" dir="ltr">');
    const event = bundled.events[0]!;
    expect(open(pseudo, `events/${event.id}/index.html`).querySelector('#panel-title')!.textContent).toBe(event.title);
    const card = (plan: SitePlan) => plan.images.find((i) => i.card.kind === 'home')!.card as HomeCard;
    expect(card(pseudo)).toMatchObject({ siteTitle: card(english).siteTitle, description: card(english).description });
    expect(card(pseudo).facts).not.toBe(card(english).facts);
  });
});
