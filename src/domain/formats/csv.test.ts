import { describe, expect, test } from 'vitest';
import { eventsToCsv } from './csv-export';
import { bundledModel, exampleCsv, open, opened, plain, problemLines } from './__fixtures__/open';

const HEADER = 'id,date,title,summary,actors,tags,source_1_url,source_1_outlet,source_1_headline,source_1_published,source_1_quote';
const SOURCE = 'https://example.com/a,The Paper,A headline,2016-10-18';
const row = (id: string, title: string, quote = 'A quote.') => `${id},2016-10-16,${title},A summary.,Ecuador [government],Asylum,${SOURCE},${quote}`;

describe('CSV', () => {
  test('the example file opens, and import → export → import gives the same events', () => {
    const first = opened('example-timeline.csv', exampleCsv());
    expect(first.format).toBe('csv');
    expect(first.model.events.map((e) => e.id)).toEqual(['internet-cut-off', 'ecuador-statement', 'state-department-denial', 'sessions-priority']);
    const again = opened('again.csv', eventsToCsv(first.model, first.model.events));
    expect(plain(again.model.events)).toEqual(plain(first.model.events));
    expect([...again.model.actorById.values()]).toEqual([...first.model.actorById.values()].map((a) => ({ ...a, description: 'Named in again.csv.' })));
  });

  test('the bundled timeline exported as CSV keeps every event, date, title, summary, actor, tag and quote', () => {
    const model = bundledModel();
    const back = opened('bundled.csv', eventsToCsv(model, model.events)).model;
    expect(back.events.map((e) => [e.id, e.date, e.title, e.summary])).toEqual(model.events.map((e) => [e.id, e.date, e.title, e.summary]));
    const names = (m: typeof model, ids: readonly string[]) => ids.map((id) => m.actorById.get(id)?.name);
    expect(back.events.map((e) => names(back, e.actors))).toEqual(model.events.map((e) => names(model, e.actors)));
    expect(back.events.map((e) => e.sources.map((s) => [s.quote, s.dateBasis, back.articles.get(s.article)?.url]))).toEqual(
      model.events.map((e) => e.sources.map((s) => [s.quote, s.dateBasis, model.articles.get(s.article)?.url])),
    );
    // Actor kinds travel in brackets; articles travel without their text, so quotes come back unchecked.
    expect([...back.actorById.values()].find((a) => a.name === 'WikiLeaks')?.kind).toBe('organization');
    expect([...back.articles.values()].every((a) => a.paragraphs === undefined)).toBe(true);
  });

  test('cells a spreadsheet would run as formulas are neutralised on export and come back as written', () => {
    const hostile = ['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '=1+1\nsecond line'];
    const csv = [HEADER, ...hostile.map((title, i) => row(`formula-${i}`, `"${title.replace(/"/g, '""')}"`, `"${title.replace(/"/g, '""')}"`))].join('\n');
    const model = opened('formulas.csv', csv).model;
    expect(model.events.map((e) => e.title).sort()).toEqual([...hostile].sort());
    const exported = eventsToCsv(model, model.events);
    // Every cell now starts with an apostrophe (inside quotes where it needs them), so no spreadsheet evaluates it.
    for (const title of hostile) expect(exported).toMatch(new RegExp(`,"?'${title.replace(/"/g, '""').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(exported).not.toMatch(/(^|,)"?[=+@]/m);
    const again = opened('formulas-again.csv', exported).model;
    expect(plain(again.events)).toEqual(plain(model.events));
  });

  test('a byte order mark and ";" separators are understood', () => {
    const csv = `\ufeff${HEADER.replace(/,/g, ';')}\r\n${row('cut-off', 'Internet cut off').replace(/,/g, ';').replace('Ecuador [government]', '"Ecuador [government]"')}\r\n`;
    expect(opened('semicolons.csv', csv).model.events.map((e) => e.id)).toEqual(['cut-off']);
  });

  test.each<[string, string, string[]]>([
    ['a ragged row', `${HEADER}\n${row('a', 'A')}\nb,2016,B,Short row\n`, ['row 3: has 4 cells but the header has 11; check for a missing or extra separator']],
    ['a missing column', 'id,date,summary,actors,tags\nx,2016,S,A,T', ['row 1: the column "title" is missing']],
    ['an unknown column', `${HEADER},notes\n${row('a', 'A')},hi`, ['row 1, column 12: "notes" is not a column this app knows (start its name with # to keep it as a note)']],
    ['a bad date', `${HEADER}\n${row('a', 'A').replace('2016-10-16', '16/10/2016')}`, ['row 2 "a" › date: "16/10/2016" puts the year last; write year, month, day (like 2016-10-16)']],
    ['an empty title', `${HEADER}\n${row('a', '')}`, ['row 2 "a" › title: must not be empty']],
    ['a javascript: link', `${HEADER}\n${row('a', 'A').replace('https://example.com/a', 'javascript:alert(1)')}`, ['row 2 › source_1_url: must be an http(s) URL']],
    ['a source without its quote', `${HEADER}\n${row('a', 'A', '')}`, ['row 2 › source_1_quote: is empty, but source 1 has a url']],
    ['one URL with two outlets', `${HEADER}\n${row('a', 'A')}\n${row('b', 'B').replace('The Paper', 'Another Paper')}`, ['row 3 › source_1_outlet: "Another Paper" differs from "The Paper" given for the same URL in row 2']],
    ['an unclosed quote', `${HEADER}\n${row('a', '"A')}`, ['row 2: Quoted field unterminated: a quoted cell is not closed or has a stray quote mark']],
  ])('%s refuses the file with a message naming row and field', (_why, csv, lines) => {
    const result = open('bad.csv', csv);
    expect(result.ok).toBe(false);
    expect(problemLines(result)).toEqual(expect.arrayContaining(lines));
  });

  test('a 10 MB row is refused before it is read, with the size limit', () => {
    const csv = `${HEADER}\n${row('a', 'x'.repeat(10 * 1024 * 1024))}`;
    expect(problemLines(open('huge.csv', csv))).toEqual(['data file: is 10.0 MB; a CSV file may be at most 5.0 MB']);
  });

  test('Latin-1 bytes are refused as not UTF-8, naming the line', () => {
    const latin1 = Uint8Array.from(`${HEADER}\n${row('a', 'Caf\u00e9 opens')}`, (c) => c.charCodeAt(0));
    expect(problemLines(open('latin1.csv', latin1))).toEqual([
      'line 2: is not UTF-8 text; its bytes look like Latin-1 or Windows-1252; save it as UTF-8 (in Excel: Save As › "CSV UTF-8", not "Unicode Text"; in LibreOffice: character set "Unicode (UTF-8)") and open it again',
    ]);
  });

  test('a row without an id gets one from its title, distinct from the ids other rows give', () => {
    const csv = `${HEADER}\n${row('', 'Same title')}\n${row('same-title', 'Other')}\n${row('', 'Same title')}`;
    expect(opened('ids.csv', csv).model.events.map((e) => e.id).sort()).toEqual(['same-title', 'same-title-2', 'same-title-3']);
  });
});
