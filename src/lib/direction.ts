/**
 * Whether `element` is laid out right to left: the page's `dir` (issue 22),
 * inherited. Read at the moment of a key press or a drag, so it is never stale.
 */
export const isRightToLeft = (element: Element): boolean => getComputedStyle(element).direction === 'rtl';

/** ArrowLeft and ArrowRight as "earlier"/"later" or "previous"/"next": the arrow pointing the reading way goes forward. */
export function forwardArrow(rtl: boolean): { forward: string; back: string } {
  return rtl ? { forward: 'ArrowLeft', back: 'ArrowRight' } : { forward: 'ArrowRight', back: 'ArrowLeft' };
}

// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, … their presentation forms and the historic ones); any other letter reads left to right.
const RTL_BLOCKS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const LETTER = /\p{L}/u;

/**
 * The way a text reads by its first strong letter, as `dir="auto"` decides in
 * a browser (Unicode's P2 and P3): where the page writes a dataset's text
 * without the browser's help (the preview cards), an English quote in an
 * Arabic dataset still starts at the left.
 */
export function textDirection(text: string): 'ltr' | 'rtl' | null {
  for (const char of text) {
    if (LETTER.test(char)) return RTL_BLOCKS.test(char) ? 'rtl' : 'ltr';
  }
  // No letter (a date in digits, a count): the text reads the way its surroundings do.
  return null;
}
