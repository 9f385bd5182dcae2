/** Measures a text's width in the picture's pixels at a font size. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

const ELLIPSIS = '…';

/**
 * A title that fits `maxWidth`: whole when it fits, else cut after the last
 * whole word that fits, with an ellipsis, never inside a word; '' when not
 * even the first word fits.
 */
export function shortenToWidth(text: string, maxWidth: number, size: number, measure: Measure): string {
  if (measure(text, size) <= maxWidth) return text;
  const words = text.split(/\s+/).filter(Boolean);
  for (let n = words.length - 1; n > 0; n--) {
    // Punctuation that ended the kept word (a comma, a colon) would sit oddly before the ellipsis.
    const candidate = `${words.slice(0, n).join(' ').replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
    if (measure(candidate, size) <= maxWidth) return candidate;
  }
  return '';
}

/** Breaks a text into lines of at most `maxWidth`, at spaces; a word longer than a line stands alone on its line. */
export function wrapToWidth(text: string, maxWidth: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
