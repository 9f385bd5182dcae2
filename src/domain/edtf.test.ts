import { describe, expect, test } from 'vitest';
import { parseEdtf, parseEdtfWithLibrary } from './edtf';

const utc = (text: string) => Date.parse(text);

describe('parseEdtf', () => {
  test.each([
    ['2016-10-16', 'day', utc('2016-10-16T00:00:00Z'), utc('2016-10-16T23:59:59.999Z')],
    ['2016-10', 'month', utc('2016-10-01T00:00:00Z'), utc('2016-10-31T23:59:59.999Z')],
    ['2016-02', 'month', utc('2016-02-01T00:00:00Z'), utc('2016-02-29T23:59:59.999Z')],
    ['2012', 'year', utc('2012-01-01T00:00:00Z'), utc('2012-12-31T23:59:59.999Z')],
  ])('%s is a single %s-precision date from its first to its last millisecond', (text, precision, start, end) => {
    const result = parseEdtf(text);
    expect(result).toMatchObject({ ok: true, value: { isRange: false, start, end, from: { precision } } });
  });

  test('an interval keeps the precision of each end', () => {
    const result = parseEdtf('2016-09/2017-07');
    expect(result.ok && result.value).toMatchObject({
      isRange: true,
      start: utc('2016-09-01T00:00:00Z'),
      end: utc('2017-07-31T23:59:59.999Z'),
      from: { precision: 'month', parts: [2016, 9] },
      to: { precision: 'month', parts: [2017, 7] },
    });
  });

  test.each([
    ['2018-11~', true, false],
    ['2018?', false, true],
    ['2018-11%', true, true],
    ['2018-11', false, false],
  ])('%s: approximate %s, uncertain %s', (text, approximate, uncertain) => {
    const result = parseEdtf(text);
    expect(result.ok && result.value.from).toMatchObject({ approximate, uncertain });
  });

  test('qualifiers inside an interval stay on their own end', () => {
    const result = parseEdtf('2018-10~/2019-01');
    expect(result.ok && [result.value.from.approximate, result.value.to.approximate]).toEqual([true, false]);
  });

  test.each([
    ['', /empty/],
    ['2016-13', /there is no month 13/],
    ['2016-02-30', /February 2016 has 29 days/],
    ['October 2016', /not an EDTF date/],
    ['2019-01-23/2018', /ends before it starts/],
    ['2012/..', /open or unknown end/],
    ['2016-21', /seasons are not supported/],
    ['201X', /unspecified digits/],
    ['2'.repeat(100), /longer than 64/],
  ])('rejects %j with a message a data author can act on', (text, message) => {
    const result = parseEdtf(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('the fast path agrees with the EDTF library', () => {
  const samples: string[] = [];
  for (const year of ['0999', '1900', '2000', '2016', '2019', '2100']) {
    for (const month of ['', '-01', '-02', '-09', '-12', '-13', '-00']) {
      for (const day of month ? ['', '-01', '-28', '-29', '-30', '-31', '-00'] : ['']) {
        for (const q of ['', '~', '?', '%']) samples.push(`${year}${month}${day}${q}`);
      }
    }
  }
  const intervals = ['2016-09/2017-07', '2012/2019-01', '2018-10~/2019-01', '2019/2018', '2016-10-16/2016-10-18?', '2016-02-29/2016-03'];

  test.each([...samples, ...intervals])('%s', (text) => {
    const fast = parseEdtf(text);
    const library = parseEdtfWithLibrary(text);
    expect(fast.ok).toBe(library.ok);
    if (fast.ok && library.ok) expect(fast.value).toEqual(library.value);
  });
});

describe('an impossible date is said in words (issue 20)', () => {
  test.each([
    ['2021-02-30', '"2021-02-30" is not a calendar date: February 2021 has 28 days'],
    ['2020-02-30', '"2020-02-30" is not a calendar date: February 2020 has 29 days'],
    ['2019-02-29', '"2019-02-29" is not a calendar date: February 2019 has 28 days'],
    ['2016-04-31', '"2016-04-31" is not a calendar date: April 2016 has 30 days'],
    ['2016-13-01', '"2016-13-01" is not a calendar date: there is no month 13 (months run from 01 to 12; is the day before the month?)'],
    ['2016-13', '"2016-13" is not a calendar date: there is no month 13 (months run from 01 to 12; is the day before the month?)'],
    ['2016-00-10', '"2016-00-10" is not a calendar date: there is no month 00 (months run from 01 to 12)'],
    ['2016-10-00', '"2016-10-00" is not a calendar date: there is no day 00 (days of the month start at 01)'],
    ['2016-09/2021-02-30', '"2016-09/2021-02-30" is not a calendar date: February 2021 has 28 days'],
    ['2021-02-30~', '"2021-02-30~" is not a calendar date: February 2021 has 28 days'],
    ['16/10/2016', '"16/10/2016" puts the year last; write year, month, day (like 2016-10-16)'],
  ])('%s', (text, message) => {
    expect(parseEdtf(text)).toEqual({ ok: false, error: message });
  });
});
