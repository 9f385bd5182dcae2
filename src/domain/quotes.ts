/**
 * A quote is verbatim text from its article. An ellipsis ("…", or "..." /
 * "[...]") may join verbatim parts, so each part is located on its own.
 */

export interface QuoteMatch {
  paragraph: number;
  start: number;
  end: number;
}

const ELLIPSIS = /\s*(?:…|\[…\]|\[\.\.\.\])\s*/u;

export function quoteParts(quote: string): string[] {
  return quote
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Where each part of the quote stands in the article, or null if a part is not verbatim. */
export function locateQuote(article: { paragraphs: readonly string[] }, quote: string): QuoteMatch[] | null {
  // Quoted text may itself contain an ellipsis from the article, so try the whole quote first.
  const whole = findOnce(article.paragraphs, quote.trim());
  if (whole) return [whole];
  const parts = quoteParts(quote);
  if (parts.length === 0) return null;
  const matches: QuoteMatch[] = [];
  for (const part of parts) {
    const match = findOnce(article.paragraphs, part);
    if (!match) return null;
    matches.push(match);
  }
  return matches;
}

// A part must carry at least one letter or digit: punctuation alone proves nothing.
const MEANINGFUL = /[\p{L}\p{N}]/u;

function findOnce(paragraphs: readonly string[], text: string): QuoteMatch | null {
  if (!MEANINGFUL.test(text)) return null;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const start = (paragraphs[paragraph] ?? '').indexOf(text);
    if (start >= 0) return { paragraph, start, end: start + text.length };
  }
  return null;
}

/**
 * The text a quote may come from: the paragraphs, then the image captions
 * (a caption is the article's words too). A match's `paragraph` index past the
 * last paragraph points into the captions. Undefined when the text is not shipped.
 */
export function quotableText(article: { paragraphs?: readonly string[]; captions?: readonly { text: string }[] }): string[] | undefined {
  if (!article.paragraphs) return undefined;
  return article.captions?.length ? [...article.paragraphs, ...article.captions.map((c) => c.text)] : [...article.paragraphs];
}
