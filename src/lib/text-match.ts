/**
 * Case-, accent- and quote-style-insensitive matching that keeps offsets, so
 * matches found in the folded text can be highlighted in the original.
 */

const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2013': '-', '\u2014': '-' };

function foldChar(char: string): string {
  const mapped = QUOTES[char];
  if (mapped) return mapped;
  const base = char.normalize('NFD')[0] ?? char;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

// Plain ASCII needs only lower-casing, which the engine does far faster than a loop.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7F]*$/;

/** Same length as the input, one folded code unit per code unit. */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** The words of a search query, folded; empty when there is nothing to search. */
export function queryTerms(query: string): string[] {
  return fold(query.slice(0, 200))
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, 12);
}

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits text into plain and matching segments for rendering with <mark>. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  const folded = fold(text);
  const hits = new Uint8Array(text.length);
  for (const term of terms) {
    let from = folded.indexOf(term);
    while (from >= 0) {
      hits.fill(1, from, from + term.length);
      from = folded.indexOf(term, from + term.length);
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || hits[i] !== hits[start]) {
      segments.push({ text: text.slice(start, i), match: hits[start] === 1 });
      start = i;
    }
  }
  return segments;
}
