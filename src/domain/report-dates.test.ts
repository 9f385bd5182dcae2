import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { correctionsLog, describeCoverage } from './coverage';
import { loadDataset } from './load-dataset';
import { describeFirstReport, firstReported, lastCorrected, listNames, newestFirst } from './report-dates';
import type { Article } from './schema';

const article = (id: string, outlet: string, published: string): Article => ({ id, title: id, outlet, url: `https://example.com/${id}`, published });
const articles = new Map(
  [article('nbc-2016', 'NBC News', '2016-10-18'), article('rferl', 'Radio Free Europe/Radio Liberty', '2016-11-08'), article('other', 'The Other Paper', '2016-10-18'), article('nbc-again', 'NBC News', '2016-10-18')].map((a) => [a.id, a]),
);
const cite = (...ids: string[]) => ({ sources: ids.map((article) => ({ article, quote: 'q' })) });

describe('first reported', () => {
  test.each([
    ['one source', ['rferl'], 'First reported by Radio Free Europe/Radio Liberty, 8 Nov 2016'],
    ['the earliest of several, in any order', ['rferl', 'nbc-2016'], 'First reported by NBC News, 18 Oct 2016'],
    ['a tie names both outlets', ['rferl', 'nbc-2016', 'other'], 'First reported by NBC News and The Other Paper, 18 Oct 2016'],
    ['an outlet is named once', ['nbc-2016', 'nbc-again'], 'First reported by NBC News, 18 Oct 2016'],
  ])('%s', (_why, ids, expected) => {
    expect(describeFirstReport(firstReported(cite(...ids), articles)!)).toBe(expected);
  });

  test('in Arabic each Latin outlet name is isolated, so the date beside it keeps its place', async () => {
    await activateLocale('ar');
    try {
      const line = describeFirstReport(firstReported(cite('rferl', 'nbc-2016', 'other'), articles)!);
      expect(line).toContain('\u2068NBC News\u2069');
      expect(line).toContain('\u2068The Other Paper\u2069');
    } finally {
      await activateLocale('en');
    }
  });

  test('a list of names takes the language’s comma and “and”: “A, B and C”, “A، B وC”', async () => {
    expect(listNames(['NBC News', 'Euronews', 'The Other Paper'])).toBe('NBC News, Euronews and The Other Paper');
    await activateLocale('ar');
    try {
      expect(listNames(['أ', 'ب', 'ج'])).toBe('\u2068أ\u2069، \u2068ب\u2069 و\u2068ج\u2069');
    } finally {
      await activateLocale('en');
    }
  });

  test('no source, or only unknown articles: nothing to say', () => {
    expect(firstReported(cite(), articles)).toBeNull();
    expect(firstReported(cite('missing'), articles)).toBeNull();
  });
});

describe('corrections', () => {
  test('newest first, the file order kept within a day', () => {
    const list = [
      { date: '2026-01-05', text: 'a' },
      { date: '2026-12-01', text: 'b' },
      { date: '2026-12-01', text: 'c' },
    ];
    expect(newestFirst(list).map((c) => c.text)).toEqual(['b', 'c', 'a']);
    expect(lastCorrected(list)).toBe('2026-12-01');
    expect(lastCorrected(undefined)).toBeUndefined();
  });
});

describe('the bundled dataset', () => {
  const result = loadDataset(JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error('the bundled dataset does not load');
  const { model } = result;

  test('says what it covers, from its own articles and span', () => {
    expect(describeCoverage(model)).toBe(
      'Events from 2010 to January 2019, as reported in five articles published between 18 October 2016 and 23 January 2019. Nothing later is covered.',
    );
  });

  test('a timeline without articles makes no claim about its coverage', () => {
    expect(describeCoverage({ span: model.span, articles: new Map() })).toBeNull();
  });

  test('logs every correction, of events, stories and actors, newest first', () => {
    const log = correctionsLog(model);
    expect(log.length).toBeGreaterThan(20);
    expect(new Set(log.map((c) => c.kind))).toEqual(new Set(['event', 'story', 'actor']));
    expect(log.find((c) => c.id === 'mistaken-filing')?.text).toMatch(/inadvertently suggested/);
    expect(model.updated).toBe(lastCorrected(log));
  });
});
