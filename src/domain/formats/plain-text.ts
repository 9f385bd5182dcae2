/**
 * Markup from other tools (TimelineJS's `text.text`) turned into plain text,
 * and plain text turned back into markup for tools that expect it.
 *
 * Why not DOMParser: it is not available in a Web Worker, where files are
 * parsed. This routine only deletes tags and decodes character references;
 * its result is only ever shown as a React text node, so even a decoded
 * "&lt;script&gt;" stays the visible text "<script>".
 */

/** Longer input is cut first, so a hostile file cannot make the patterns below slow. */
const MAX_INPUT = 200_000;

/** A Map, not an object literal: "&constructor;" in a file must not find Object.prototype's member (issue 21). */
const NAMED = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  laquo: '«', raquo: '»', copy: '©', reg: '®', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä',
}));

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Refuse NUL, surrogates and out-of-range code points rather than throw.
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return NAMED.get(body) ?? whole;
}

/** Elements whose content is code or hidden, not text: skipped whole. */
const RAW = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'xmp']);
/** Elements whose end (or, for <br>, whose presence) is a line break in the text. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr']);
const TAG_START = /[a-zA-Z/!?]/;

/**
 * Plain text from an HTML fragment: tags removed, script and style bodies
 * dropped, block ends as line breaks, character references decoded. One pass
 * from left to right with indexOf, never a backtracking pattern, so hostile
 * input ("<script" thirty thousand times) costs linear time. An unclosed tag
 * or comment swallows the rest, as a browser would.
 */
export function htmlToText(html: string): string {
  const input = html.slice(0, MAX_INPUT);
  const lower = input.toLowerCase();
  let out = '';
  let i = 0;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      out += input.slice(i);
      break;
    }
    out += input.slice(i, lt);
    // A lone "<" (as in "a < b") is text.
    if (!TAG_START.test(input[lt + 1] ?? '')) {
      out += '<';
      i = lt + 1;
      continue;
    }
    if (input.startsWith('<!--', lt)) {
      const end = input.indexOf('-->', lt + 4);
      i = end < 0 ? input.length : end + 3;
      out += ' ';
      continue;
    }
    const gt = input.indexOf('>', lt);
    if (gt < 0) break;
    const closing = input[lt + 1] === '/';
    const name = (/^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(input.slice(lt + 1, Math.min(gt, lt + 40)))?.[1] ?? '').toLowerCase();
    i = gt + 1;
    if (!closing && RAW.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const after = close < 0 ? -1 : input.indexOf('>', close);
      i = after < 0 ? input.length : after + 1;
    }
    out += BREAKS.has(name) && (closing || name === 'br') ? '\n' : ' ';
  }
  return out
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity)
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Plain text as an HTML fragment: escaped, line breaks as <br>. */
export function textToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\n/g, '<br>');
}
