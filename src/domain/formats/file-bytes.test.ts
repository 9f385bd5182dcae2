import { describe, expect, test } from 'vitest';
import { contentKind, decodeText, looksUtf16, MAX_CSV_BYTES } from './file-bytes';
import { open, problemLines } from './__fixtures__/open';
import { capProblems, issueProblems, MAX_LISTED_PROBLEMS } from '../problems';

const HEADER = 'id,date,title,summary,actors,tags,source_1_url,source_1_outlet,source_1_headline,source_1_published,source_1_quote';
const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
function utf16le(text: string, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i);
  return out;
}

describe('file bytes', () => {
  test.each<[string, Uint8Array, 'json' | 'csv']>([
    ['JSON', utf8('  {"schemaVersion": 1}'), 'json'],
    ['JSON after a byte order mark', utf8('\ufeff[1]'), 'json'],
    ['CSV', utf8(`${HEADER}\n`), 'csv'],
    ['UTF-16 JSON', utf16le('{"a":1}'), 'json'],
    ['UTF-16 CSV without a mark', utf16le('id,date,title\n', false), 'csv'],
    ['an empty file', new Uint8Array(), 'csv'],
  ])('%s is told by its content', (_name, bytes, kind) => expect(contentKind(bytes)).toBe(kind));

  test('a large CSV named .json gets the CSV limit, not the JSON one', () => {
    const bytes = utf8(`${HEADER}\n${'x'.repeat(MAX_CSV_BYTES)}`);
    expect(problemLines(open('renamed.json', bytes))).toEqual(['data file: is 5.0 MB; a CSV file may be at most 5.0 MB']);
  });

  test('a JSON file named .csv is read as JSON', () => {
    expect(problemLines(open('renamed.csv', utf8('{"neither": true}')))).toEqual([
      'data file: is JSON, but neither a timeline in this app\'s format (it has no "schemaVersion") nor a TimelineJS file (it has no "events")',
    ]);
  });

  test('UTF-16 is named as UTF-16, with the fix for its format', () => {
    expect(looksUtf16(utf16le('{"a":1}', false))).toBe(true);
    expect(decodeText(utf16le('id'))).toEqual({ ok: false, encoding: 'utf-16', line: 1 });
    const [csv] = problemLines(open('unicode.txt', utf16le(`${HEADER}\n`)));
    expect(csv).toMatch(/^data file: is UTF-16 text .*, not UTF-8; save it as UTF-8 \(in Excel: Save As › "CSV UTF-8"/);
    const [json] = problemLines(open('unicode.json', utf16le('{"schemaVersion": 1}')));
    expect(json).toMatch(/^data file: is UTF-16 text .*; save it as UTF-8 \(in a text editor/);
    expect(json).not.toMatch(/Excel|Latin-1/);
  });

  test('Latin-1 JSON is named as Latin-1 and is not told to use Excel', () => {
    const [line] = problemLines(open('latin1.json', latin1('{\n"title": "Caf\u00e9"}')));
    expect(line).toMatch(/^line 2: is not UTF-8 text; its bytes look like Latin-1 or Windows-1252; save it as UTF-8 \(in a text editor/);
    expect(line).not.toMatch(/Excel/);
  });
});

describe('message lists', () => {
  test('200,000 unknown keys give one short message naming ten of them', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `key${i}`);
    const [problem, ...rest] = issueProblems([{ path: [], code: 'unrecognized_keys', keys, message: 'x'.repeat(2_000_000) }], '', 'error');
    expect(rest).toEqual([]);
    expect(problem!.message).toBe(`Unrecognized keys: ${keys.slice(0, 10).map((k) => `"${k}"`).join(', ')} … and 199,990 more`);
  });

  test('an opened file with 200,000 unknown keys is refused with a message of a few hundred characters, not two million', () => {
    const extra = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 1]));
    const lines = problemLines(open('keys.json', utf8(JSON.stringify({ schemaVersion: 1, ...extra }))));
    expect(lines.join('\n').length).toBeLessThan(2_000);
    expect(lines.join('\n')).toMatch(/… and 199,99\d more/);
  });

  test('a list longer than the cap ends with a count of the rest', () => {
    const problems = Array.from({ length: 130 }, (_, i) => ({ severity: 'warning' as const, where: `row ${i}`, message: 'bad' }));
    const capped = capProblems(problems);
    expect(capped).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(capped.at(-1)).toEqual({ severity: 'warning', where: 'data file', message: '… and 80 more problems', overflow: true });
    expect(capProblems(problems.slice(0, 50))).toHaveLength(50);
  });

  test('an opened CSV with hundreds of bad rows lists 50 and counts the rest', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `r${i},not-a-date,T,S,A,T,https://example.com/a,P,H,2016-10-18,Q`);
    const lines = problemLines(open('bad.csv', utf8([HEADER, ...rows].join('\n'))));
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toMatch(/^data file: … and \d+ more problems$/);
  });
});
