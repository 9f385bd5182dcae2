import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BAD_LINES, type Path } from './__fixtures__/wording-bad-lines';
import type { Dataset } from './schema';
import { lintWording, quotedInLine, quotedSpans } from './wording-lint';

const bundled = (): Dataset => JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8'));

/** Writes `value` at `[collection, id, ...inside]`, and says where the lint would name that place. */
function put(data: Dataset, [collection, id, ...inside]: Path, value: string): string {
  const list = (data as unknown as Record<string, { id: string }[]>)[collection as string]!;
  let target: Record<string | number, unknown> = list.find((item) => item.id === id) as never;
  expect(target, `${collection} › ${id}`).toBeDefined();
  for (const key of inside.slice(0, -1)) target = target[key] as never;
  target[inside.at(-1)!] = value;
  const field = inside.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('').replace(/\.\[/g, '[');
  return `${collection} › ${id} › ${field}`;
}

describe('the wording lint', () => {
  test('passes the bundled dataset: every line says no more than its articles', () => {
    expect(lintWording(bundled()).map((p) => `${p.rule} ${p.where}: ${p.message}`)).toEqual([]);
  });

  test.each(BAD_LINES.map((bad) => [bad.row, bad] as const))('flags the original wording of %s', (_row, bad) => {
    const data = bundled();
    const places = bad.patch.map(([path, value]) => put(data, path, value));
    const flagged = lintWording(data).filter((p) => places.includes(p.where));
    expect(flagged, places.join(', ')).not.toEqual([]);
  });

  test('every row of the table has a case', () => {
    expect(BAD_LINES.length).toBeGreaterThanOrEqual(34);
  });
});

describe('quotation marks', () => {
  test('the articles’ quoted spans, in either style of double quote and in single quotes', () => {
    expect(quotedSpans('“It was a bit of an eviction notice,” said a senior intelligence official.')).toEqual(['It was a bit of an eviction notice,']);
    expect(quotedSpans('“Ecuador, exercising its sovereign right," the statement said.')).toEqual(['Ecuador, exercising its sovereign right,']);
    expect(quotedSpans("Assange is a 'priority' for the US.")).toEqual(['priority']);
    expect(quotedSpans('It should stop allowing Assange to carry water for Russian intelligence agencies')).toEqual([]);
  });

  test('the words a line puts in quotation marks, without trailing punctuation', () => {
    expect(quotedInLine('Trump Jr. responds: “Already did that earlier today.”')).toEqual(['Already did that earlier today']);
    expect(quotedInLine('no quotes here')).toEqual([]);
  });
});
