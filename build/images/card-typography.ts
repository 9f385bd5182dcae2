import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CSSProperties } from 'react';
import { textDirection } from '../../src/lib/direction';

/** The preview cards' type: their fonts, and what each script needs of a line (issue 22). */

const require = createRequire(import.meta.url);
const font = (name: string, file: string, weight: 400 | 700) => ({ name, data: readFileSync(require.resolve(file)), weight, style: 'normal' as const });
/**
 * Open fonts (SIL OFL) shipped as npm packages, regular and bold: Inter for
 * latin and latin-ext, IBM Plex Sans Arabic and Hebrew for the two
 * right-to-left scripts a dataset is likeliest to be in. Not Noto:
 * satori 0.63 misplaces the mark glyphs Noto's Arabic fonts build letters
 * from, so final ي and ة lost their dots (Noto Sans Arabic) or drew them at
 * the card's top (Noto Naskh Arabic); Plex's letters are whole glyphs.
 */
export const CARD_FONTS = [
  ...([400, 700] as const).flatMap((weight) => [
    font('Inter', `@fontsource/inter/files/inter-latin-${weight}-normal.woff`, weight),
    font('Inter', `@fontsource/inter/files/inter-latin-ext-${weight}-normal.woff`, weight),
    font('IBM Plex Sans Arabic', `@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-${weight}-normal.woff`, weight),
    font('IBM Plex Sans Hebrew', `@fontsource/ibm-plex-sans-hebrew/files/ibm-plex-sans-hebrew-hebrew-${weight}-normal.woff`, weight),
  ]),
];
export const FONT_FAMILY = "Inter, 'IBM Plex Sans Arabic', 'IBM Plex Sans Hebrew'";

/** A block reads the way its first letter does (`dir="auto"`): an English quote on an Arabic card starts at the left. */
export const readingWay = (text: string): CSSProperties => {
  const direction = textDirection(text);
  return direction ? { direction } : {};
};
/**
 * Arabic letters reach further above and below the line than Latin ones (the
 * dots of a final ي hang well under it): lines of Arabic get more leading, or a
 * clipped heading loses them.
 */
const ARABIC = /\p{Script=Arabic}/u;
export const leading = (text: string, latin: number) => (ARABIC.test(text) ? latin + 0.3 : latin);
/** Arabic letters must join: letter spacing, a Latin nicety, would break every word apart. */
export const spaced = (text: string, spacing: number): CSSProperties => (textDirection(text) === 'rtl' ? {} : { letterSpacing: spacing });

/**
 * The text with its last space made a no-break space: the last line then holds
 * at least two words. Not between words of two directions ("حدثان، 2016"):
 * satori reorders the joined pair as one word and puts the comma at the far end.
 */
export function keepLastWordsTogether(text: string): string {
  const pair = /(\S+) (\S+)$/u.exec(text);
  if (!pair) return text;
  const bidi = text.split(/\s+/u).some((word) => textDirection(word) === 'rtl');
  // Two words of one direction, letters and punctuation only, stay in order when joined.
  const way = (word: string) => (/\p{N}/u.test(word) ? null : textDirection(word));
  const oneWay = way(pair[1]!) !== null && way(pair[1]!) === way(pair[2]!);
  return !bidi || oneWay ? text.replace(/ (?=\S+$)/u, '\u00a0') : text;
}
