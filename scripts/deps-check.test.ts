import { describe, expect, test } from 'vitest';
import { installedProblems, lockfileProblems } from './deps-check';
import { satisfies } from './deps-semver';

describe('deps:check', () => {
  test.each<[string, string, boolean]>([
    ['5.7.1', '^5.7.1', true],
    ['6.0.0', '^5.7.1', false],
    ['5.7.0', '^5.7.1', false],
    ['0.4.2', '^0.4.0', true],
    ['0.5.0', '^0.4.0', false],
    ['6.0.3', '~6.0', true],
    ['6.1.0', '~6.0', false],
    ['8.0.6', '>=8.0.0', true],
    ['13.0.0', '^3.4.0 || ^13.0.0', true],
    ['1.2.3', '1.2.3', true],
    ['1.2.4', '1.2.3', false],
  ])('%s against %s: %s', (version, range, ok) => expect(satisfies(version, range)).toBe(ok));

  test('the lockfile is in step with package.json, and node_modules with the lockfile', () => {
    expect(lockfileProblems()).toEqual([]);
    expect(installedProblems()).toEqual([]);
  });
});
