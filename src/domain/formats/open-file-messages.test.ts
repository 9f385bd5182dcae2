import { describe, expect, test } from 'vitest';
import { groupProblems } from '../problems';
import { open } from './__fixtures__/open';

/** Issue 20: a refused file names every problem, by row, with its warnings apart from the reasons. */

const HEADER = 'id,date,title,summary,actors,tags,source_1_url,source_1_outlet,source_1_headline,source_1_published,source_1_quote';
const row = (id: string, date: string, url = 'https://example.com/a') => `${id},${date},Title ${id},A summary.,Ecuador [government],Asylum,${url},The Paper,A headline,2016-10-18,A quote.`;

const lines = (problems: readonly { where: string; message: string }[]) => problems.map((p) => `${p.where}: ${p.message}`);

describe('a refused file', () => {
  test('a bad source URL does not hide the bad dates of other rows: all three are reasons, grouped by row in file order', () => {
    const csv = [HEADER, row('bad-date', '2021-02-30'), row('bad-url', '2016-10-16', 'javascript:alert(1)'), row('fine', '2016-10-17'), row('bad-month', '2016-13-01')].join('\n');
    const result = open('three.csv', csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(lines(result.problems)).toEqual([
      'row 2 "bad-date" › date: "2021-02-30" is not a calendar date: February 2021 has 28 days',
      'row 3 › source_1_url: must be an http(s) URL',
      'row 5 "bad-month" › date: "2016-13-01" is not a calendar date: there is no month 13 (months run from 01 to 12; is the day before the month?)',
    ]);
    expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(groupProblems(result.problems).map((g) => [g.label, g.problems.map((p) => p.field)])).toEqual([
      ['row 2 "bad-date"', ['date']],
      ['row 3', ['source_1_url']],
      ['row 5 "bad-month"', ['date']],
    ]);
    // The row whose source was refused is not also said to list no source.
    expect(lines(result.warnings).filter((l) => l.includes('lists no source'))).toEqual([]);
  });

  test('every problem of one row is under that row, and the reasons do not say "the event is skipped"', () => {
    const csv = [HEADER, row('ok', '2016-10-16'), `two,2016-02-30,,A summary.,Ecuador,Asylum,https://example.com/a,The Paper,A headline,2016-10-18,A quote.`].join('\n');
    const result = open('two.csv', csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const groups = groupProblems(result.problems);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBe('row 3 "two"');
    expect(groups[0]!.problems.map((p) => p.field).sort()).toEqual(['date', 'title']);
    expect(result.problems.some((p) => /skipped/.test(p.message))).toBe(false);
  });

  test('warnings that would not refuse the file are kept apart from the reasons that did', () => {
    const csv = [HEADER, row('ok', '2016-10-16'), row('bad', 'someday')].join('\n');
    const result = open('mixed.csv', csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(lines(result.problems)).toEqual([expect.stringMatching(/^row 3 "bad" › date: "someday" is not an EDTF date/)]);
    // The CSV carries no article text: that is a warning, not a reason.
    expect(lines(result.warnings)).toEqual([expect.stringMatching(/^the source https:\/\/example\.com\/a .*not checked against the article text$/)]);
    expect(result.warnings.every((p) => p.severity === 'warning')).toBe(true);
  });

  test('a long list is capped after sorting, with the count of the rest last', () => {
    const csv = [HEADER, ...Array.from({ length: 70 }, (_, i) => row(`e${i}`, '2021-02-30'))].join('\n');
    const result = open('many.csv', csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(51);
    expect(result.problems[0]!.where).toBe('row 2 "e0" › date');
    expect(result.problems.at(-1)).toMatchObject({ message: '… and 20 more problems', overflow: true });
    expect(groupProblems(result.problems).at(-1)!.problems).toHaveLength(1);
  });
});

describe('an accepted file', () => {
  test('has only notices, none of which skips an event', () => {
    const result = open('good.csv', [HEADER, row('a', '2016-10-16'), row('b', '2016-10-17')].join('\n'));
    expect(result.ok).toBe(true);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings.some((w) => w.skipsEvent || w.hidesEvent)).toBe(false);
  });
});
