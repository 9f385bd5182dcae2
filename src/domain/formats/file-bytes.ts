/**
 * What an opened file is, told from its bytes rather than its name (issue 21):
 * a 50 MB CSV renamed ".json" is still a CSV and gets the CSV's limit; a file
 * that is not UTF-8 is named for what its bytes look like, with the fix for
 * that format.
 */

export type ContentKind = 'json' | 'csv';
export type Encoding = 'utf-8' | 'utf-16' | 'latin-1';

/** Spreadsheets of a newsroom's events are small; a larger CSV is more likely a mistake than a timeline. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
/** Our own JSON carries full article texts; the same limit as the bundled file. */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * UTF-16 by its byte order mark, or, without one, by the zero bytes that
 * ASCII text has at every other position in UTF-16 and never in UTF-8 text.
 */
export function looksUtf16(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 4) return false;
  let zeros = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) zeros++;
  return zeros >= sample / 4;
}

/** JSON when the first character that is not white space opens an object or an array; anything else is read as CSV. */
export function contentKind(bytes: Uint8Array): ContentKind {
  const step = looksUtf16(bytes) ? 2 : 1;
  const utf16Bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  let i = step === 2 ? (utf16Bom ? 2 : 0) : startsWith(bytes, BOM_UTF8) ? 3 : 0;
  for (; i < bytes.length; i += step) {
    // In UTF-16 the character is the one byte of each pair that is not zero.
    const b = step === 2 ? bytes[i]! | bytes[i + 1]! : bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b || b === 0x5b ? 'json' : 'csv';
  }
  return 'csv';
}

export const limitFor = (kind: ContentKind) => (kind === 'csv' ? MAX_CSV_BYTES : MAX_JSON_BYTES);

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The size problem, or null when the file is within its kind's limit. */
export function sizeProblem(bytes: Uint8Array): string | null {
  const kind = contentKind(bytes);
  const limit = limitFor(kind);
  if (bytes.byteLength <= limit) return null;
  return `is ${megabytes(bytes.byteLength)}; ${kind === 'csv' ? 'a CSV file' : 'a JSON file'} may be at most ${megabytes(limit)}`;
}

export type Decoded = { ok: true; text: string } | { ok: false; encoding: Exclude<Encoding, 'utf-8'>; line: number };

/** UTF-8 text without its byte order mark; otherwise what the bytes look like and the line where UTF-8 stops. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (looksUtf16(bytes)) return { ok: false, encoding: 'utf-16', line: 1 };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\ufffd');
    return { ok: false, encoding: 'latin-1', line: lenient.slice(0, Math.max(at, 0)).split('\n').length };
  }
}

/** What the bytes are and how to save them as UTF-8 in the tools that usually write that format. */
export function encodingMessage(encoding: Exclude<Encoding, 'utf-8'>, kind: ContentKind): string {
  const what =
    encoding === 'utf-16'
      ? 'is UTF-16 text (two bytes a character), not UTF-8'
      : 'is not UTF-8 text; its bytes look like Latin-1 or Windows-1252';
  const fix =
    kind === 'csv'
      ? 'save it as UTF-8 (in Excel: Save As › "CSV UTF-8", not "Unicode Text"; in LibreOffice: character set "Unicode (UTF-8)") and open it again'
      : 'save it as UTF-8 (in a text editor: Save As with the encoding "UTF-8"; a program that writes JSON should write UTF-8, as JSON requires) and open it again';
  return `${what}; ${fix}`;
}
