import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { UnsupportedSchemaError, rulesFromSchema } from './accept-rules';
import { compileAccepts } from './fast-accept';
import { articleSchema, eventSchema, storySchema } from './schema';

const bundled = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')) as { events: unknown[]; articles: unknown[]; stories: unknown[] };
const accepts = compileAccepts(rulesFromSchema(eventSchema));

/** What the fast checker must answer: zod accepts the value and gives it back unchanged. */
const asIsBy = (schema: z.ZodType) => (value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success && isDeepStrictEqual(parsed.data, value);
};
const zodAsIs = asIsBy(eventSchema);

// Values that sit on the edges of the contract's rules.
const TRICKY: unknown[] = [
  '', ' ', 'x', ' x', 'x ', 'x\n', '\u00a0x', 'x\ufeff', 'Abc', 'abc', 'a-b', 'a--b', '-a', 'a-', 'ab1-2c',
  'a'.repeat(120), 'a'.repeat(121), 'b'.repeat(300), 'b'.repeat(301), 'c'.repeat(5000), 'c'.repeat(5001),
  'asserts', 'denies', 'maybe', '2016-10-16', '201', '2016-10-16/2016-10-17'.repeat(4), '__proto__',
  0, 1, -1, null, true, false, [], {}, ['a'], [{}], { id: 'a' },
];

type Path = (string | number)[];

/** Every place in a JSON value, containers included. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => paths(item, [...prefix, i])));
  if (value && typeof value === 'object') return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k])));
  return here;
}

interface Mutation {
  at: number;
  kind: 'replace' | 'delete' | 'add-key' | 'duplicate' | 'empty';
  value: unknown;
  key: string;
}

function mutate(original: unknown, mutations: Mutation[]): unknown {
  const root = { value: structuredClone(original) } as Record<string, unknown>;
  for (const m of mutations) {
    const all = paths(root.value).map((p) => ['value', ...p]);
    const path = all[Math.floor(m.at * all.length)] ?? ['value'];
    type Node = Record<string | number, unknown> & unknown[];
    const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, root as Node);
    const key = path[path.length - 1] as string | number;
    const target = parent[key] as Node | null;
    if (m.kind === 'replace') parent[key] = structuredClone(m.value);
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else if (path.length > 1) delete parent[key];
    } else if (m.kind === 'add-key' && target && typeof target === 'object' && !Array.isArray(target)) {
      // As JSON.parse does it: an own data property, even for "__proto__".
      Object.defineProperty(target, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
    }
    else if (m.kind === 'duplicate' && Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
    else if (m.kind === 'empty' && Array.isArray(target)) target.length = 0;
  }
  return root.value;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  kind: fc.constantFrom('replace', 'delete', 'add-key', 'duplicate', 'empty'),
  value: fc.oneof(fc.constantFrom(...TRICKY), fc.string(), fc.jsonValue({ maxDepth: 2 })),
  key: fc.constantFrom('extra', 'dateBasis', 'disputes', 'id', '__proto__', 'constructor', 'toString'),
});

describe('compileAccepts', () => {
  test('takes every bundled event as is, so the fast path is the one sound data takes', () => {
    const rejected = bundled.events.filter((event) => !accepts(event));
    expect(rejected).toEqual([]);
  });

  test('answers exactly "zod accepts it unchanged" for mutated events', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bundled.events), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (event, mutations) => {
        const value = mutate(event, mutations);
        expect(accepts(value)).toBe(zodAsIs(value));
      }),
      { numRuns: 3000, seed: 20261121 },
    );
  });

  test('answers the same for stories: bundled ones as is, mutated ones exactly as zod', () => {
    const storyAccepts = compileAccepts(rulesFromSchema(storySchema));
    const storyAsIs = asIsBy(storySchema);
    expect(bundled.stories.filter((story) => !storyAccepts(story))).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...bundled.stories), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (story, mutations) => {
        const value = mutate(story, mutations);
        expect(storyAccepts(value)).toBe(storyAsIs(value));
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });

  test.each([
    ['a title with a trailing space, which zod trims', { title: 'Embassy asylum ' }],
    ['a summary with a leading no-break space', { summary: '\u00a0Assange stays.' }],
    ['an unknown key', { url: 'https://example.org' }],
    ['an id that is not a slug', { id: 'Internet Cut-Off' }],
    ['an empty actor list', { actors: [] }],
  ])('says no to %s', (_, change) => {
    const value = { ...(bundled.events[0] as object), ...change };
    expect(accepts(value)).toBe(false);
  });

  test('answers for the rules opened files need: an event with no source is accepted as is, like zod does', () => {
    const unsourced = { ...(bundled.events[0] as object), sources: [] };
    expect(zodAsIs(unsourced)).toBe(true);
    expect(accepts(unsourced)).toBe(true);
  });

  test('says no to a key inherited from the prototype chain, and to __proto__ written as data', () => {
    const withProto = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(bundled.events[0]).slice(1)}`);
    expect(accepts(withProto)).toBe(false);
    expect(accepts(Object.create(bundled.events[0] as object))).toBe(false);
  });

  test('answers exactly for articles too: a URL refinement known by name, a calendar date format', () => {
    const acceptsArticle = compileAccepts(rulesFromSchema(articleSchema));
    const articleAsIs = asIsBy(articleSchema);
    // Short articles, so that mutations land on the fields rather than deep in the text.
    const articles = bundled.articles.map((a) => ({ ...(a as object), paragraphs: ['One paragraph.', 'Another.'] }));
    const caption = (before: unknown) => ({ captions: [{ before, text: 'A caption.' }] });
    const edges = [caption(0), caption(2000), caption(2001), caption(-1), caption(1.5), caption('1'), caption(Number.NaN), { url: 'ftp://example.org/a' }, { url: 'https://example.org/' + 'a'.repeat(2000) }, { published: '2019-02-29' }, { published: '2020-02-29' }, { published: '2016-13-01' }];
    for (const change of edges) expect(acceptsArticle({ ...articles[0], ...change })).toBe(articleAsIs({ ...articles[0], ...change }));
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (article, mutations) => {
        const value = mutate(article, mutations);
        expect(acceptsArticle(value)).toBe(articleAsIs(value));
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });

  test('refuses to derive rules it cannot answer for, instead of skipping them', () => {
    expect(() => rulesFromSchema(z.strictObject({ u: z.string().refine((v) => v.length > 1) }))).toThrow(UnsupportedSchemaError);
    expect(() => rulesFromSchema(z.object({ a: z.string() }))).toThrow(/strict/);
    expect(() => rulesFromSchema(z.strictObject({ n: z.number() }))).toThrow(/z\.number\(\)\.int\(\)/);
    expect(() => rulesFromSchema(z.strictObject({ n: z.number().int().gt(0) }))).toThrow(/"greater_than"/);
    expect(() => rulesFromSchema(z.strictObject({ s: z.string().email() }))).toThrow(/format "email"/);
    expect(() => rulesFromSchema(z.strictObject({ s: z.string().toLowerCase() }))).toThrow(/"overwrite"/);
  });
});
