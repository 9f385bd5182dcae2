import { describe, expect, test } from 'vitest';
import { parseEdtf } from './edtf';
import { describePrecision, formatEdtf } from './format-date';

function parsed(text: string) {
  const result = parseEdtf(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('formatEdtf', () => {
  test.each([
    ['2016-10-16', '16 Oct 2016', '16 October 2016'],
    ['2016-10', 'Oct 2016', 'October 2016'],
    ['2012', '2012', '2012'],
    ['2018-11~', 'c. Nov 2018', 'about November 2018'],
    ['2018?', '2018?', '2018?'],
    ['2016-09/2017-07', 'Sep 2016 – Jul 2017', 'September 2016 – July 2017'],
    ['2017-04-20~', 'c. 20 Apr 2017', 'about 20 April 2017'],
  ])('%s reads "%s" (short) and "%s" (long), never more precise', (text, short, long) => {
    expect(formatEdtf(parsed(text))).toBe(short);
    expect(formatEdtf(parsed(text), 'long')).toBe(long);
  });

  test.each([
    ['2016-10-16', 'Known to the day.'],
    ['2016-10', 'Known to the month.'],
    ['2018-11~', 'Known to the month; approximate.'],
    ['2012/2019-01', 'A period, known to the year.'],
    ['2018?', 'Known to the year; uncertain.'],
  ])('%s: %s', (text, sentence) => {
    expect(describePrecision(parsed(text))).toBe(sentence);
  });
});
