import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/domain/load-dataset';
import { activateLocale } from '../../src/i18n/i18n';
import { readSiteConfig } from '../site-config';
import { planSite } from '../site/pages';
import { IMAGE_HEIGHT, previewSvg, type PreviewCard } from './preview-image';
import { isWord, paragraphs, SCALE, tallestEmptyBand, visibleWords } from './card-reading';

/**
 * Issue 20: preview cards read as chat thumbnails. A chat app shows a card
 * about 300 px wide, a quarter of its 1200 px, so on every card of the bundled
 * site: no visible text under 9 px there, no wrapped line holding one word,
 * no empty band over a quarter of the card.
 */

const loaded = loadDataset(JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')));
if (!loaded.ok) throw new Error('the bundled dataset must load');
const plan = planSite(loaded.model, '<!doctype html><html><head></head><body><div id="root"></div></body></html>', readSiteConfig('https://example.org/'));

const label = (card: PreviewCard) => (card.kind === 'event' ? `event “${card.title}”` : card.kind === 'actor' ? `actor ${card.name}` : 'home');
const cards = plan.images.map(({ card }) => [label(card), card] as const);
const titleLength = (card: PreviewCard) => (card.kind === 'event' ? card.title.length : 0);

describe('preview cards as 300 px thumbnails', () => {
  test('the set covers the cases issue 20 names: longest and shortest titles, a disputed event, an actor, the home card', () => {
    const events = cards.map(([, c]) => c).filter((c) => c.kind === 'event');
    expect(events.some((c) => c.kind === 'event' && c.disputed)).toBe(true);
    expect(Math.max(...events.map(titleLength)) - Math.min(...events.map(titleLength))).toBeGreaterThan(30);
    expect(cards.some(([, c]) => c.kind === 'actor')).toBe(true);
    expect(cards.filter(([, c]) => c.kind === 'home')).toHaveLength(1);
  });

  test.each(cards)('%s: every text at least 9 px, no wrapped line of one word, no empty band over a quarter', async (_name, card) => {
    const words = visibleWords(await previewSvg(card, { embedFont: false }));
    expect(words.length).toBeGreaterThan(5);
    for (const w of words) expect(w.size * SCALE, `“${w.text}” at ${w.size * SCALE} px`).toBeGreaterThanOrEqual(9);
    for (const paragraph of paragraphs(words)) {
      if (paragraph.length < 2) continue;
      for (const line of paragraph) expect(line.flatMap((w) => w.text.split(/\s+/u)).filter(isWord), 'a wrapped line with one word').not.toHaveLength(1);
    }
    expect(tallestEmptyBand(await previewSvg(card)), 'rows of nothing').toBeLessThan(IMAGE_HEIGHT / 4);
  });
});

describe('the cards’ own words go through the catalogs (issue 22)', () => {
  afterAll(() => activateLocale('en'));
  const text = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.trim()).join(' ').replace(/\s+/g, ' ');
  const disputed = cards.map(([, c]) => c).find((c) => c.kind === 'event' && c.disputed && c.moreSources > 0)!;
  const home = cards.map(([, c]) => c).find((c) => c.kind === 'home')!;

  test('the pseudo-locale changes “Disputed”, “and … more sources” and the home card’s line, not the event’s title', async () => {
    const english = [text(await previewSvg(disputed, { embedFont: false })), text(await previewSvg(home, { embedFont: false }))];
    await activateLocale('pseudo');
    const pseudo = [text(await previewSvg(disputed, { embedFont: false })), text(await previewSvg(home, { embedFont: false }))];
    await activateLocale('en');
    for (const words of ['Disputed', 'more source']) {
      expect(english[0]).toContain(words);
      expect(pseudo[0]).not.toContain(words);
    }
    expect(english[1]).toContain('interactive');
    expect(pseudo[1]).not.toContain('interactive');
    if (disputed.kind === 'event') expect(pseudo[0]).toContain(disputed.title.split(' ')[0]!);
  });
});
