import { IMAGE_WIDTH, rasterise } from './preview-image';

/**
 * Reading a preview card as a chat thumbnail shows it (issue 20): its words and
 * their sizes from the SVG satori writes without embedded fonts, its empty
 * bands from the pixels. Shared by the card tests.
 */

/** A chat app shows a card about 300 px wide, a quarter of its 1200 px. */
export const THUMBNAIL = 300;
export const SCALE = THUMBNAIL / IMAGE_WIDTH;
/** The colour band down the card's edge, which is not an empty band of text. */
export const BAND = 28;

export interface Word { text: string; x: number; y: number; size: number }

/** The words satori laid out (one <text> per word when the font is not embedded) that are inside their clip. */
export function visibleWords(svg: string): Word[] {
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
export function paragraphs(words: readonly Word[]): Word[][][] {
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
export const isWord = (piece: string) => /[\p{L}\p{N}]/u.test(piece);

/** The tallest run of pixel rows, beside the colour band (left of it on a right-to-left card), with nothing but the background. */
export function tallestEmptyBand(svg: string, dir: 'ltr' | 'rtl' = 'ltr'): number {
  const image = rasterise(svg);
  const { pixels, width, height } = image;
  let run = 0;
  let tallest = 0;
  for (let y = 0; y < height; y++) {
    let empty = true;
    for (let x = dir === 'ltr' ? BAND : 0; x < (dir === 'ltr' ? width : width - BAND) && empty; x++) {
      const i = (y * width + x) * 4;
      empty = pixels[i]! > 247 && pixels[i + 1]! > 247 && pixels[i + 2]! > 247;
    }
    run = empty ? run + 1 : 0;
    tallest = Math.max(tallest, run);
  }
  return tallest;
}
