import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citationItem, type CslItem } from '../../../domain/formats/citation';
import { loadDataset } from '../../../domain/load-dataset';
import { formatCitation, parseCitation, toBibtex, toCslJson, toRis } from './cite-library';
import { CITATION_STYLES } from './citation-style';

const loaded = loadDataset(JSON.parse(readFileSync('public/data/timeline.json', 'utf8')));
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const { model } = loaded;
const event = model.eventById.get('sessions-priority')!;
const accessed = new Date(2026, 11, 6);
const url = 'https://timeline.example/events/sessions-priority/';
const item = citationItem({ event, siteTitle: model.title, articles: model.articles, url, accessed });
// The title as it first read, with straight quotes: citeproc reads those as quotation marks too.
const straight: CslItem = { ...item, title: 'Sessions calls arresting Assange a "priority"' };

describe('the CSL-JSON item of an event', () => {
  test('names the page, the timeline, the address, the day read and the articles', () => {
    expect(item).toMatchObject({
      id: 'sessions-priority',
      type: 'webpage',
      title: 'Sessions suggests arresting Assange is a “priority”',
      'container-title': 'The United States v. Julian Assange and WikiLeaks, 2010 – January 2019',
      URL: url,
      accessed: { 'date-parts': [[2026, 12, 6]] },
      // The day of the entry's last correction: when the page last changed.
      issued: { 'date-parts': [[2026, 12, 1]] },
    });
    // Three passages of one article: the article is named once.
    expect(item.note).toBe(
      'Source: Newstalk, “US Attorney General says arresting Julian Assange is a ‘priority’” (2017-04-21), ' + model.articles.get('newstalk-2017')!.url,
    );
  });

  test("an event of a file the reader opened is cited by the file, with no address", () => {
    const fromFile = citationItem({ event, siteTitle: 'Mine', articles: new Map(), url: null, fileName: 'mine.json', accessed });
    expect(fromFile.URL).toBeUndefined();
    expect(fromFile.medium).toBe('From the file “mine.json”');
    expect(fromFile.note).toBeUndefined();
    expect(formatCitation(fromFile, 'mla')).toContain('From the file “mine.json');
  });
});

describe('the styles', () => {
  test.each([
    // APA sets a web page's title in italics, unquoted: its own quotation marks stay double.
    ['apa', /^Sessions calls arresting Assange a “priority\.?”/],
    // MLA and Chicago quote the title, so the quotation inside turns single.
    ['mla', /^“Sessions Calls Arresting Assange a ‘Priority\.’”/],
    ['chicago', /“Sessions Calls Arresting Assange a ‘Priority,’”/],
  ] as const)('%s nests the quotation marks of a title', (style, expected) => {
    const text = formatCitation(straight, style);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/“[^”]*“/);
    expect(text).toContain(url);
  });

  test('the curly quotes of the bundled title nest the same way', () => {
    expect(formatCitation(item, 'mla')).toMatch(/^“Sessions Suggests Arresting Assange Is a ‘Priority\.’”/);
    expect(formatCitation(item, 'chicago')).toContain('‘Priority,’”');
  });

  test('each style gives its own text, with the site and, where the style asks, the day read', () => {
    const texts = CITATION_STYLES.map((s) => formatCitation(item, s.id));
    expect(new Set(texts).size).toBe(3);
    for (const text of texts) expect(text).toMatch(/United States v\. Julian Assange and WikiLeaks/i);
    expect(texts[1]).toContain('Accessed 6 Dec. 2026.');
    // No markup: the text is shown as text.
    for (const text of texts) expect(text).not.toMatch(/<[a-z]/i);
  });
});

describe('the exports parse back with the library', () => {
  const sameFields = (parsed: Record<string, unknown>) => {
    expect(parsed.title).toBe(item.title);
    expect(parsed.URL).toBe(url);
    expect(parsed.accessed).toEqual(item.accessed);
  };

  test('BibTeX', () => {
    const bib = toBibtex(item);
    expect(bib).toMatch(/^@online\{/);
    expect(bib).toContain('urldate = {2026-12-06}');
    const [parsed] = parseCitation(bib);
    sameFields(parsed!);
    expect(parsed!['container-title']).toBe(item['container-title']);
    expect(parsed!.note).toBe(item.note);
  });

  test('RIS, with no value broken over lines', () => {
    const long: CslItem = { ...item, URL: `${url}${'x'.repeat(80)}/` };
    const ris = toRis(long);
    expect(ris).toMatch(/^TY {2}- ELEC\r\n/);
    expect(ris).toMatch(/ER {2}- \r\n$/);
    for (const line of ris.split('\r\n').slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const [parsed] = parseCitation(ris);
    expect(parsed!.title).toBe(item.title);
    expect(parsed!.URL).toBe(long.URL);
    expect(parsed!.accessed).toEqual(item.accessed);
    expect(parsed!.note).toBe(item.note);
  });

  test('CSL-JSON', () => {
    const json = JSON.parse(toCslJson(item)) as Record<string, unknown>[];
    expect(json).toHaveLength(1);
    expect(json[0]).toEqual(item);
    const [parsed] = parseCitation(toCslJson(item));
    sameFields(parsed!);
  });
});
