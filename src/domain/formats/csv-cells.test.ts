import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { needsQuotes, neutraliseCell, restoreCell } from './csv-cells';
import { eventsToCsv } from './csv-export';
import { opened, plain } from './__fixtures__/open';

const HEADER = 'id,date,title,summary,actors,tags,source_1_url,source_1_outlet,source_1_headline,source_1_published,source_1_quote';
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Text built from the characters that matter here, so the property runs into every corner. */
const tricky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', "'", ' ', ',', ';', '\t', '\r', '\n', 'a', '1', '"'), maxLength: 24 });

/** Where a spreadsheet could start a cell: with any separator, and at a line break inside a cell. */
function cellStarts(csv: string, delimiter: string): string[] {
  const { data } = Papa.parse<string[]>(csv, { delimiter });
  return data.flat().flatMap((cell) => cell.split(/\r\n|\r|\n/)).map((start) => start.replace(/^ +/, ''));
}

describe('CSV cells', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['report;=1+1;x', "report;'=1+1;x"],
    ['a,=2*21', "a,'=2*21"],
    ['a\t@SUM(A1)', "a\t'@SUM(A1)"],
    ['first\n-1+2', "first\n'-1+2"],
    ['a; +1', "a; '+1"],
    ["'=already", "''=already"],
    ['well-known, plain text', 'well-known, plain text'],
  ])('%j is written %j', (text, cell) => {
    expect(neutraliseCell(text)).toBe(cell);
    expect(restoreCell(cell)).toBe(text);
  });

  test('restoring a neutralised cell gives back exactly the text, whatever it holds', () => {
    fc.assert(fc.property(tricky, (text) => restoreCell(neutraliseCell(text)) === text), { numRuns: 3000 });
  });

  test('a neutralised cell has no place where a formula could start', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const cell = neutraliseCell(text);
        return cell.split(/[,;\t\r\n]/).every((piece) => !/^ *[=+\-@]/.test(piece));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([',', ';', '\t', '"'])('a cell holding %j is quoted', (c) => expect(needsQuotes(`a${c}b`)).toBe(true));

  const HOSTILE = ['report;=1+1;x', 'x,=2*21', 'tab\t+3', 'line\n@SUM(A1)', '-4', "'=5", 'a; =6', '=HYPERLINK("https://evil.example")'];

  test.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ])('the export read with a %s separator has no cell a spreadsheet would run, and opens here as written', (_name, delimiter) => {
    const rows = HOSTILE.map((text, i) => [`f${i}`, '2016-10-16', text, text, 'Ecuador [government]', 'Asylum', 'https://example.com/a', 'The Paper', 'A headline', '2016-10-18', text].map((cell) => quoted(neutraliseCell(cell))).join(','));
    const model = opened('hostile.csv', [HEADER, ...rows].join('\n')).model;
    expect(model.events.map((e) => e.title)).toEqual(HOSTILE);
    const exported = eventsToCsv(model, model.events);
    const starts = cellStarts(exported.replace(/^\ufeff/, ''), delimiter);
    expect(starts.filter((start) => /^[=+\-@]/.test(start))).toEqual([]);
    expect(plain(opened('again.csv', exported).model.events)).toEqual(plain(model.events));
  });
});
