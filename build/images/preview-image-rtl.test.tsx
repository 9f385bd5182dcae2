import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import satori from 'satori';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/domain/load-dataset';
import { activateLocale } from '../../src/i18n/i18n';
import { textDirection } from '../../src/lib/direction';
import { readSiteConfig } from '../site-config';
import { planSite } from '../site/pages';
import { speakSiteLanguage } from '../site/site-language';
import { BAND, isWord, paragraphs, SCALE, tallestEmptyBand, visibleWords, type Word } from './card-reading';
import { CARD_FONTS, FONT_FAMILY } from './card-typography';
import { IMAGE_HEIGHT, IMAGE_WIDTH, previewSvg, rasterise, type PreviewCard } from './preview-image';

/**
 * Issue 22: an Arabic dataset's preview cards are laid out from the right, in
 * the script, shaped. Read as the chat thumbnail of issue 20 and, for the
 * shaping, from the pixels.
 */

const fixture = JSON.parse(readFileSync(new URL('../../e2e/fixtures/arabic-timeline.json', import.meta.url), 'utf8'));
await speakSiteLanguage(fixture.lang);
const loaded = loadDataset(fixture);
if (!loaded.ok) throw new Error('the Arabic fixture must load');
const plan = planSite(loaded.model, '<!doctype html><html><head></head><body><div id="root"></div></body></html>', readSiteConfig('https://example.org/'));
afterAll(() => activateLocale('en'));

const label = (card: PreviewCard) => (card.kind === 'event' ? `event “${card.title}”` : card.kind === 'actor' ? `actor ${card.name}` : 'home');
const cards = plan.images.map(({ card }) => [label(card), card] as const);
const heading = (card: PreviewCard) => (card.kind === 'event' ? card.title : card.kind === 'actor' ? card.name : card.siteTitle);
/** Words of the right-to-left script alone: their order on a line does not depend on the numbers and Latin words between them. */
const arabicWords = (text: string) => text.split(/\s+/u).filter((word) => textDirection(word) === 'rtl' && !/\p{N}/u.test(word));
const near = (a: string, b: string) => a.replace(/[\u00a0…]/gu, '') === b.replace(/[\u00a0…]/gu, '');

describe('an Arabic dataset’s preview cards', () => {
  test('the set has the home card, events with English quotes, and actors', () => {
    expect(cards.map(([, c]) => c.kind)).toEqual(expect.arrayContaining(['home', 'event', 'actor']));
    expect(cards.every(([, c]) => c.dir === 'rtl')).toBe(true);
    expect(cards.some(([, c]) => c.kind === 'event' && textDirection(c.quote) === 'ltr')).toBe(true);
  });

  test.each(cards)('%s: from the right, words in reading order, no letter without a font, legible as a thumbnail', async (_name, card) => {
    const missing: string[] = [];
    const svg = await previewSvg(card, { embedFont: false, onMissingLetters: (_languages, letters) => missing.push(letters) });
    expect(missing, 'letters no card font has').toEqual([]);

    // The colour band stands at the right edge, where the card starts.
    const { pixels, width } = rasterise(await previewSvg(card));
    const at = (x: number, y: number) => [...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)].join(',');
    expect(at(IMAGE_WIDTH - BAND / 2, IMAGE_HEIGHT / 2), 'the band, right').not.toBe('255,255,255');
    expect(at(BAND / 2, IMAGE_HEIGHT / 2), 'no band, left').toBe('255,255,255');

    // The heading's first line: its Arabic words run from the right, the first one in its right half.
    const words = visibleWords(svg);
    const size = Math.max(...words.map((w) => w.size));
    const firstLine = paragraphs(words.filter((w) => w.size === size))[0]![0]!;
    const drawn = [...firstLine].sort((a, b) => b.x - a.x).flatMap((w) => arabicWords(w.text));
    const written = arabicWords(heading(card)).slice(0, drawn.length);
    expect(drawn.length).toBeGreaterThan(0);
    drawn.forEach((word, i) => expect(near(word, written[i]!), `word ${i}: drawn “${word}”, written “${written[i]}”`).toBe(true));
    expect(firstLine.find((w) => near(arabicWords(w.text)[0] ?? '', written[0]!))!.x).toBeGreaterThan(IMAGE_WIDTH / 2);

    // An English quote reads left to right from the left, inside the right-to-left card.
    if (card.kind === 'event' && textDirection(card.quote) === 'ltr') {
      const opening = words.find((w: Word) => w.text.startsWith('“'))!;
      expect(opening.x, 'the quote starts at the left').toBeLessThan(IMAGE_WIDTH / 4);
    }

    // So does an English outlet, brackets and all: “The Times of Israel (Associated Press)”, not “(The Times … (Associated Press”.
    if (card.kind === 'event' && textDirection(card.outlet) === 'ltr') {
      const first = card.outlet.split(' ')[0]!;
      const start = words.find((w) => w.text === first)!;
      const line = words.filter((w) => Math.round(w.y) === Math.round(start.y) && w.size === start.size && textDirection(w.text) !== 'rtl');
      // Satori writes some punctuation as pieces of its own, so the pieces are compared without the spaces between them.
      expect(line.sort((a, b) => a.x - b.x).map((w) => w.text).join('')).toBe(card.outlet.replace(/\s+/gu, ''));
    }

    for (const w of words) expect(w.size * SCALE, `“${w.text}” at ${w.size * SCALE} px`).toBeGreaterThanOrEqual(9);
    for (const paragraph of paragraphs(words)) {
      if (paragraph.length < 2) continue;
      for (const line of paragraph) expect(line.flatMap((w) => w.text.split(/\s+/u)).filter(isWord), 'a wrapped line with one word').not.toHaveLength(1);
    }
    expect(tallestEmptyBand(await previewSvg(card), 'rtl'), 'rows of nothing').toBeLessThan(IMAGE_HEIGHT / 4);
  });

  test('a script no card font has is reported, with its letters', async () => {
    const [, event] = cards.find(([, c]) => c.kind === 'event')!;
    const missing: string[] = [];
    await previewSvg({ ...event, title: '朱利安·阿桑奇' } as PreviewCard, { onMissingLetters: (_languages, letters) => missing.push(letters) });
    expect(missing.join('')).toContain('阿桑奇');
  });
});

describe('a Hebrew dataset’s cards, in the English interface the site stands in with', () => {
  test('Hebrew letters have a font, the card starts at the right, and “Newstalk and 1 more source” reads left to right', async () => {
    const { hebrewDataset } = await import('../../e2e/fixtures/hebrew-dataset');
    await speakSiteLanguage(hebrewDataset.lang);
    try {
      const hebrew = loadDataset(hebrewDataset);
      if (!hebrew.ok) throw new Error('the Hebrew fixture must load');
      const site = planSite(hebrew.model, '<!doctype html><html><head></head><body><div id="root"></div></body></html>', readSiteConfig('https://example.org/'));
      const event = site.images.map(({ card }) => card).find((c) => c.kind === 'event' && c.moreSources > 0);
      if (event?.kind !== 'event') throw new Error('the fixture has an event with several sources');
      expect(event.dir).toBe('rtl');
      const missing: string[] = [];
      const words = visibleWords(await previewSvg(event, { embedFont: false, onMissingLetters: (_languages, letters) => missing.push(letters) }));
      expect(missing, 'letters no card font has').toEqual([]);
      const start = words.find((w) => w.text === event.outlet.split(' ')[0])!;
      const line = words.filter((w) => Math.round(w.y) === Math.round(start.y)).sort((a, b) => a.x - b.x);
      const phrase = event.moreSources === 1 ? 'and 1 more source' : `and ${event.moreSources} more sources`;
      expect(line.map((w) => w.text).join('')).toBe(`${event.outlet} ${phrase}`.replace(/\s+/gu, ''));
      const { pixels, width } = rasterise(await previewSvg(event));
      const at = (x: number, y: number) => [...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)].join(',');
      expect(at(IMAGE_WIDTH - BAND / 2, IMAGE_HEIGHT / 2), 'the band, right').not.toBe('255,255,255');
    } finally {
      await speakSiteLanguage(fixture.lang);
    }
  });
});

/** Dark pixels of a text drawn as the cards draw it, and how wide their ink runs. */
async function ink(text: string, weight: 400 | 700): Promise<{ dark: number; width: number }> {
  const element: ReactElement = <div style={{ display: 'flex', width: 900, height: 200, background: '#fff', direction: 'rtl', fontFamily: FONT_FAMILY, fontWeight: weight, fontSize: 100 }}>{text}</div>;
  const { pixels, width } = rasterise(await satori(element, { width: 900, height: 200, fonts: CARD_FONTS }));
  let dark = 0;
  let left = width;
  let right = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i]! > 128) continue;
    dark++;
    left = Math.min(left, (i / 4) % width);
    right = Math.max(right, (i / 4) % width);
  }
  return { dark, width: right - left };
}

describe('the cards’ Arabic is shaped (issue 22)', () => {
  test.each([400, 700] as const)('weight %i: letters join into their connected forms', async (weight) => {
    // A zero-width non-joiner between letters keeps each in its isolated form, which is wider than the joined word.
    for (const word of ['سفارة', 'ويكيليكس', 'الإكوادور']) {
      const joined = await ink(word, weight);
      const apart = await ink([...word].join('\u200c'), weight);
      expect(joined.width, word).toBeLessThan(apart.width * 0.9);
    }
  });

  test.each([400, 700] as const)('weight %i: final and isolated ي and ة keep their dots', async (weight) => {
    // ى and ه are the same letters without dots: a shaper that drops the dots draws both alike.
    for (const [dotted, dotless] of [['في', 'فى'], ['هيلاري', 'هيلارى'], ['صحيفة', 'صحيفه'], ['ي', 'ى']]) {
      const a = await ink(dotted!, weight);
      const b = await ink(dotless!, weight);
      expect(a.dark - b.dark, `${dotted} against ${dotless}`).toBeGreaterThan(0.02 * b.dark);
    }
  });
});
