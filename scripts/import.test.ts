import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../src/domain/load-dataset';
import { runImport } from './import';
import { EXIT } from './validate';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = 'docs/example-timeline.csv';
const memory = (files: Record<string, string>) => (path: string) => {
  if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
  return new TextEncoder().encode(files[path]);
};

describe('npm run import (logic)', () => {
  test('the example CSV becomes JSON that loads, with the unchecked quotes reported on stderr', () => {
    const outcome = runImport([`${root}${EXAMPLE}`]);
    expect(outcome.exitCode).toBe(EXIT.clean);
    const loaded = loadDataset(JSON.parse(outcome.stdout));
    expect(loaded.ok && loaded.model.events.length).toBe(4);
    expect(outcome.stderr.at(-1)).toMatch(/example-timeline\.csv: CSV, 4 events converted, 2 warnings$/);
    expect(outcome.stderr[0]).toMatch(/^warning {2}the source https:\/\/www\.nbcnews\.com\/.* \(first in row 2\): the article's text is not in the file/);
  });

  test('a bad row is refused: nothing on stdout, the row and column on stderr, exit 1', () => {
    const csv = 'id,date,title,summary,actors,tags\na,2016-13,Title,Summary,Someone,Tag\n';
    const outcome = runImport(['bad.csv'], memory({ 'bad.csv': csv }));
    expect(outcome).toMatchObject({ exitCode: EXIT.problems, stdout: '' });
    expect(outcome.stderr[0]).toMatch(/^error {4}row 2 "a" › date: "2016-13" is not a calendar date: there is no month 13/);
    expect(outcome.stderr.at(-1)).toBe('bad.csv: not converted (1 problem)');
  });

  test('usage errors and unreadable files exit 2', () => {
    expect(runImport([]).exitCode).toBe(EXIT.usage);
    expect(runImport(['a.csv', 'b.csv']).exitCode).toBe(EXIT.usage);
    expect(runImport(['gone.csv'], memory({}))).toMatchObject({ exitCode: EXIT.usage, stderr: [expect.stringMatching(/^gone\.csv: could not be read \(ENOENT/)] });
  });
});

describe('npm run import (the real command)', () => {
  test('writes the JSON to stdout', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--', EXAMPLE], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).events.map((e: { id: string }) => e.id)).toEqual(
      readFileSync(`${root}${EXAMPLE}`, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]),
    );
  }, 30_000);
});
