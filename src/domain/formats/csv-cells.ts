/**
 * One CSV cell made safe for spreadsheets, and the exact text back on import.
 *
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula. Which characters start a cell depends on the reader's
 * locale: a file written with "," is opened with ";" or tab as separator in
 * much of Europe, and a line break inside a quoted cell starts a cell in some
 * importers. So wherever a cell could start (the start of the text, after
 * , ; tab, CR or LF, past any spaces), an apostrophe goes before a formula
 * character: the usual defence, which spreadsheets hide at a cell's start
 * (issue 21). An apostrophe already there before a formula character gets
 * one more, so import can take exactly one off and restore the text exactly.
 */

const SEPARATORS = new Set([',', ';', '\t', '\r', '\n']);
const FORMULA = new Set(['=', '+', '-', '@', '\t', '\r']);
/** Any cell holding one of these is quoted, whatever the file's own separator. */
const NEEDS_QUOTES = /[,;\t\r\n"]/;

/** The cell's text with every place a formula could start neutralised. */
export const neutraliseCell = (text: string): string => rewrite(text, 'neutralise');

/** The inverse of neutraliseCell: each neutralising apostrophe taken off, nothing else. */
export const restoreCell = (text: string): string => rewrite(text, 'restore');

/** Whether papaparse should quote this cell (it quotes for its own separator only). */
export const needsQuotes = (cell: unknown): boolean => typeof cell === 'string' && NEEDS_QUOTES.test(cell);

/**
 * Visits each place a cell could start: past its spaces, a run of apostrophes
 * then a formula character is what a spreadsheet could run. Neutralising adds
 * an apostrophe before that run; restoring removes one from a run that has
 * one. Apostrophes and spaces are not separators, so both directions visit the
 * same places and are exact inverses.
 */
function rewrite(text: string, how: 'neutralise' | 'restore'): string {
  let out = '';
  let copied = 0;
  for (let start = 0; start <= text.length; start++) {
    if (start > 0 && !SEPARATORS.has(text[start - 1]!)) continue;
    let at = start;
    while (text[at] === ' ') at++;
    let quotes = at;
    while (text[quotes] === "'") quotes++;
    if (!FORMULA.has(text[quotes] ?? '')) continue;
    if (how === 'neutralise') {
      out += `${text.slice(copied, at)}'`;
      copied = at;
    } else if (quotes > at) {
      out += text.slice(copied, at);
      copied = at + 1;
    }
  }
  return out + text.slice(copied);
}
