import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/domain/load-dataset';
import { activateLocale } from '../../src/i18n/i18n';
import { readSiteConfig } from '../site-config';
import { planSite } from '../site/pages';
import { IMAGE_HEIGHT, IMAGE_WIDTH, previewSvg, rasterise, type PreviewCard } from './preview-image';

/**
 * Issue 20: preview cards read as chat thumbnails. A chat app shows a card
 * about 300 px wide, a quarter of its 1200 px, so on every card of the bundled
 * site: no visible text under 9 px there, no wrapped line holding one word,
 * no empty band over a quarter of the card.
 */
const THUMBNAIL = 300;
const SCALE = THUMBNAIL / IMAGE_WIDTH;
/** The colour band down the card's left edge, which is not an empty band of text. */
const BAND = 28;

const loaded = loadDataset(JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')));
if (!loaded.ok) throw new Error('the bundled dataset must load');
const plan = planSite(loaded.model, '<!doctype html><html><head></head><body><div id="root"></div></body></html>', readSiteConfig('https://example.org/'));

interface Word { text: string; x: number; y: number; size: number }

/** The words satori laid out (one <text> per word when the font is not embedded) that are inside their clip. */
function visibleWords(svg: string): Word[] {
  const clips = new Map<string, { top: number; bottom: number }>();
  for (const m of svg.matchAll(/<clipPath id="([^"]+)"><rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)) clips.set(m[1]!, { top: +m[2]!, bottom: +m[2]! + +m[3]! });
  const words: Word[] = [];
  for (const m of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
    const attr = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(m[1]!)?.[1];
    const word = { text: m[2]!.trim(), x: +attr('x')!, y: +attr('y')!, size: +attr('font-size')! };
    if (!word.text) continue;
    const clip = clips.get(/url\(#([^)]+)\)/.exec(attr('clip-path') ?? '')?.[1] ?? '');
    if (clip && (word.y < clip.top || word.y > clip.bottom)) continue;
    words.push(word);
  }
  return words;
}

/** Lines (words on one baseline at one size), then paragraphs: lines of one size at one line's spacing. */
function paragraphs(words: readonly Word[]): Word[][][] {
  const lines = new Map<string, Word[]>();
  for (const w of words) {
    const key = `${Math.round(w.y)}:${w.size}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  const sorted = [...lines.values()].sort((a, b) => a[0]!.y - b[0]!.y);
  const result: Word[][][] = [];
  for (const line of sorted) {
    const last = result.at(-1)?.at(-1);
    if (last && last[0]!.size === line[0]!.size && line[0]!.y - last[0]!.y <= 1.4 * line[0]!.size) result.at(-1)!.push(line);
    else result.push([line]);
  }
  return result;
}

/** A word is letters or digits; "." or "·" laid out as its own piece is not. */
const isWord = (piece: string) => /[\p{L}\p{N}]/u.test(piece);

/** The tallest run of pixel rows, right of the colour band, with nothing but the background. */
function tallestEmptyBand(svg: string): number {
  const image = rasterise(svg);
  const { pixels, width, height } = image;
  let run = 0;
  let tallest = 0;
  for (let y = 0; y < height; y++) {
    let empty = true;
    for (let x = BAND; x < width && empty; x++) {
      const i = (y * width + x) * 4;
      empty = pixels[i]! > 247 && pixels[i + 1]! > 247 && pixels[i + 2]! > 247;
    }
    run = empty ? run + 1 : 0;
    tallest = Math.max(tallest, run);
  }
  return tallest;
}

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
