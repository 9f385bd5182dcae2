import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseEdtf, type Precision } from './edtf';

/** A calendar date written at a given precision, with what parseEdtf should make of it. */
interface Written {
  text: string;
  precision: Precision;
  start: number;
  end: number;
  approximate: boolean;
  uncertain: boolean;
  parts: number[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const QUALIFIERS = { '': [false, false], '~': [true, false], '?': [false, true], '%': [true, true] } as const;
type Qualifier = keyof typeof QUALIFIERS;

const writtenArb = (qualifiers: readonly Qualifier[]): fc.Arbitrary<Written> =>
  fc
    .record({
      year: fc.integer({ min: 1000, max: 2999 }),
      month: fc.integer({ min: 1, max: 12 }),
      dayFraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      precision: fc.constantFrom<Precision>('year', 'month', 'day'),
      qualifier: fc.constantFrom(...qualifiers),
    })
    .map(({ year, month, dayFraction, precision, qualifier }) => {
      const day = 1 + Math.floor(dayFraction * daysIn(year, month));
      const [approximate, uncertain] = QUALIFIERS[qualifier];
      if (precision === 'year') {
        return { text: `${year}${qualifier}`, precision, approximate, uncertain, parts: [year], start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - 1 };
      }
      if (precision === 'month') {
        return {
          text: `${year}-${pad(month)}${qualifier}`,
          precision,
          approximate,
          uncertain,
          parts: [year, month],
          start: Date.UTC(year, month - 1, 1),
          end: Date.UTC(year, month, 1) - 1,
        };
      }
      return {
        text: `${year}-${pad(month)}-${pad(day)}${qualifier}`,
        precision,
        approximate,
        uncertain,
        parts: [year, month, day],
        start: Date.UTC(year, month - 1, day),
        end: Date.UTC(year, month - 1, day + 1) - 1,
      };
    });

const anyQualifier = writtenArb(['', '~', '?', '%']);

/** Text that cannot be an EDTF date: it starts with a character no EDTF form starts with. */
const garbageArb = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwzGHIJKLMNOPQRUVW!"#$&\'()*,;<=>@[]^_`{|} \u202E\u200B'), fc.string({ maxLength: 40 }))
  .map(([first, rest]) => first + rest);

// Generous: fast-check runs hundreds of cases, and CI machines can be slow.
describe('parseEdtf (properties)', { timeout: 30_000 }, () => {
  test('never throws, whatever the string; a failure always says why', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.stringMatching(/^[-0-9X?~%./]{0,20}$/)), (text) => {
        const result = parseEdtf(text);
        if (result.ok) expect(result.value.start).toBeLessThanOrEqual(result.value.end);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  test('garbage is refused with a message that quotes it', () => {
    fc.assert(
      fc.property(garbageArb, (text) => {
        const result = parseEdtf(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toContain(`"${text}"`);
      }),
      { numRuns: 500 },
    );
  });

  test('a valid year, month or day (1000–2999, optionally ~ ? %) parses to exactly its period', () => {
    fc.assert(
      fc.property(anyQualifier, (written) => {
        const result = parseEdtf(written.text);
        expect(result.ok, written.text).toBe(true);
        if (!result.ok) return;
        const { value } = result;
        expect(value.isRange).toBe(false);
        expect(value.start).toBeLessThanOrEqual(value.end);
        expect(value.from).toEqual({
          precision: written.precision,
          approximate: written.approximate,
          uncertain: written.uncertain,
          parts: written.parts,
          start: written.start,
          end: written.end,
        });
      }),
      { numRuns: 600 },
    );
  });

  test('an interval whose end comes after its start spans from the first to the last', () => {
    fc.assert(
      fc.property(writtenArb(['', '~', '?']), writtenArb(['', '~', '?']), (a, b) => {
        fc.pre(a.end < b.start);
        const result = parseEdtf(`${a.text}/${b.text}`);
        expect(result.ok, `${a.text}/${b.text}`).toBe(true);
        if (!result.ok) return;
        expect(result.value).toMatchObject({ isRange: true, start: a.start, end: b.end });
        expect(result.value.from.precision).toBe(a.precision);
        expect(result.value.to.precision).toBe(b.precision);
      }),
      { numRuns: 500 },
    );
  });

  test('an interval whose end comes before its start "ends before it starts"', () => {
    fc.assert(
      fc.property(writtenArb(['', '~', '?']), writtenArb(['', '~', '?']), (a, b) => {
        fc.pre(b.end < a.start);
        const text = `${a.text}/${b.text}`;
        const result = parseEdtf(text);
        expect(result).toEqual({ ok: false, error: `"${text}" ends before it starts` });
      }),
      { numRuns: 500 },
    );
  });

  test('a day that the month does not have is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9 }), (year, month, over) => {
        const day = daysIn(year, month) + over;
        // 29 February of a common year has its own test below.
        fc.pre(day <= 99 && !(month === 2 && day === 29));
        const result = parseEdtf(`${year}-${pad(month)}-${pad(day)}`);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  // The `edtf` package's grammar allows 29 February in every year and then
  // normalises it ("2019-02-29" would become 1 March 2019); parseEdtf refuses it.
  test('29 February of a common year is refused, not moved to 1 March', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }).filter((year) => daysIn(year, 2) === 28), (year) => {
        expect(parseEdtf(`${year}-02-29`).ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
