import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import rules from './dataset-rules.json';
import { compileAccepts } from './fast-accept';
import type { Rule } from './accept-rules';
import { datasetRules } from './schema';

describe('dataset-rules.json', () => {
  test('is what the zod schema says today (run `npm run schema` after changing schema.ts)', () => {
    expect(rules).toEqual(JSON.parse(JSON.stringify(datasetRules())));
  });

  test('takes the bundled file as is, so the app reads it without loading zod', () => {
    const bundled: unknown = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8'));
    expect(compileAccepts((rules as { envelope: Rule }).envelope)(bundled)).toBe(true);
  });
});
