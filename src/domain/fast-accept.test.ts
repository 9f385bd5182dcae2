import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { UnsupportedSchemaError, compileAccepts } from './fast-accept';
import { articleSchema, eventSchema, storySchema } from './schema';

const bundled = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8')) as { events: unknown[]; stories: unknown[] };
const accepts = compileAccepts(eventSchema);

/** What the fast checker must answer: zod accepts the value and gives it back unchanged. */
const zodAsIs = (value: unknown) => {
  const parsed = eventSchema.safeParse(value);
  return parsed.success && isDeepStrictEqual(parsed.data, value);
};

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
    const storyAccepts = compileAccepts(storySchema);
    const storyAsIs = (value: unknown) => {
      const parsed = storySchema.safeParse(value);
      return parsed.success && isDeepStrictEqual(parsed.data, value);
    };
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

  test('refuses to compile rules it cannot answer for, instead of skipping them', () => {
    // Articles check their URL with a refinement and their date with a format.
    expect(() => compileAccepts(articleSchema)).toThrow(UnsupportedSchemaError);
    expect(() => compileAccepts(z.object({ a: z.string() }))).toThrow(/strict/);
    expect(() => compileAccepts(z.strictObject({ n: z.number() }))).toThrow(/"number"/);
    expect(() => compileAccepts(z.strictObject({ s: z.string().email() }))).toThrow(/format "email"/);
  });
});
