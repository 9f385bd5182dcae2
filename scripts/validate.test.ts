import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { minimalDataset, minimalDatasetWithStory } from '../src/domain/__fixtures__/minimal-dataset';
import { EXIT, HELP, runValidate, type ValidateIo } from './validate';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLED = 'public/data/timeline.json';
type Fixture = ReturnType<typeof minimalDataset>;

/** A reader over an in-memory set of files; anything else is ENOENT. */
function memoryIo(files: Record<string, string>): ValidateIo {
  return {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
  };
}

function broken(change: (data: Fixture) => void): string {
  const data = minimalDataset();
  change(data);
  return JSON.stringify(data);
}

function check(text: string) {
  return runValidate(['data.json'], memoryIo({ 'data.json': text }));
}

describe('npm run validate (logic)', () => {
  test('the bundled dataset is clean: exit 0 and one summary line', () => {
    const outcome = runValidate([join(root, BUNDLED)]);
    expect(outcome.stderr).toEqual([]);
    expect(outcome.exitCode).toBe(EXIT.clean);
    expect(outcome.stdout).toHaveLength(1);
    expect(outcome.stdout[0]).toMatch(/timeline\.json: \d+ events loaded, 0 skipped; \d+ stories loaded, 0 skipped$/);
  });

  test('a story step naming a missing event: exit 1, the story and step named, the story summarised', () => {
    const data = minimalDatasetWithStory();
    data.stories[0]!.steps[1]!.event = 'gone';
    const outcome = check(JSON.stringify(data));
    expect(outcome.exitCode).toBe(EXIT.problems);
    expect(outcome.stdout).toEqual([
      'warning  stories[0] "cut-off-story" › steps[1].event: no event has the id "gone"; the step is skipped',
      'data.json: 2 events loaded, 0 skipped; 1 story loaded, 0 skipped, 1 warning',
    ]);
    data.stories[0]!.steps[0]!.event = 'gone';
    expect(check(JSON.stringify(data)).stdout.at(-1)).toBe('data.json: 2 events loaded, 0 skipped; 0 stories loaded, 1 skipped, 3 warnings');
  });

  test('a valid minimal file reports its two events', () => {
    expect(check(JSON.stringify(minimalDataset()))).toEqual({
      exitCode: EXIT.clean,
      stdout: ['data.json: 2 events loaded, 0 skipped'],
      stderr: [],
    });
  });

  test.each<[string, (d: Fixture) => void, string]>([
    ['an unparseable date', (d) => (d.events[1]!.date = 'next Tuesday'), 'warning  events[1] "statement" › date: "next Tuesday" is not an EDTF date'],
    ['an end before its start', (d) => (d.events[1]!.date = '2017/2016'), 'warning  events[1] "statement" › date: "2017/2016" ends before it starts; the event is skipped'],
    ['a dangling actor', (d) => (d.events[1]!.actors = ['nobody']), 'warning  events[1] "statement" › actors[0]: no actor has the id "nobody"; the event is skipped'],
    ['a dangling article', (d) => (d.events[1]!.sources[0]!.article = 'gone'), 'warning  events[1] "statement" › sources[0].article: no article has the id "gone"; the event is skipped'],
    ['an oversized summary', (d) => (d.events[1]!.summary = 'x'.repeat(5_001)), 'warning  events[1] "statement" › summary: Too big: expected string to have <=5000 characters; the event is skipped'],
    ['a quote that is not verbatim', (d) => (d.events[1]!.sources[0]!.quote = 'Ecuador denied everything.'), 'warning  events[1] "statement" › sources[0].quote: is not verbatim in article "paper"; the event is skipped'],
  ])('an event with %s is skipped: exit 1, the event and field named', (_why, change, line) => {
    const outcome = check(broken(change));
    expect(outcome.exitCode).toBe(EXIT.problems);
    expect(outcome.stdout.join('\n')).toContain(line);
    expect(outcome.stdout.at(-1)).toBe('data.json: 1 events loaded, 1 skipped, 1 warning');
  });

  test.each<[string, string, string]>([
    ['malformed JSON', '{"schemaVersion": 1,', 'error    data file: is not valid JSON: '],
    ['a schema violation', broken((d) => ((d as { schemaVersion: number }).schemaVersion = 2)), 'error    schemaVersion: '],
    ['a duplicate actor id', broken((d) => d.actors.push({ ...d.actors[0]! })), 'error    actors[2].id: the id "ecuador" is used twice'],
    ['a javascript: article url', broken((d) => (d.articles[0]!.url = 'javascript:alert(1)')), 'error    articles[0].url: must be an http(s) URL'],
  ])('%s rejects the file: exit 1', (_why, text, line) => {
    const outcome = check(text);
    expect(outcome.exitCode).toBe(EXIT.problems);
    expect(outcome.stdout[0]).toContain(line);
    expect(outcome.stdout.at(-1)).toMatch(/^data\.json: file rejected \(1 error\)$/);
  });

  test('a source whose article has no text is a warning: the events load, the quotes are reported unchecked', () => {
    const outcome = check(broken((d) => delete (d.articles[0] as { paragraphs?: string[] }).paragraphs));
    expect(outcome.exitCode).toBe(EXIT.problems);
    expect(outcome.stdout).toEqual([
      'warning  articles[0] "paper" › paragraphs: the article\'s text is not in the file, so its 4 quotes are not checked against the article text',
      'data.json: 2 events loaded, 0 skipped, 1 warning',
    ]);
  });

  test('when every event is skipped the file is rejected, with the reasons as warnings', () => {
    const outcome = check(broken((d) => d.events.forEach((e) => (e.date = 'soon'))));
    expect(outcome.exitCode).toBe(EXIT.problems);
    expect(outcome.stdout).toContain('error    events: no event could be shown; see the warnings for why');
    expect(outcome.stdout.at(-1)).toBe('data.json: file rejected (1 error, 2 warnings)');
  });

  test('usage and unreadable files exit 2 and say why on stderr', () => {
    expect(runValidate([], memoryIo({}))).toMatchObject({ exitCode: EXIT.usage, stderr: expect.arrayContaining(['Name at least one dataset file.']) });
    expect(runValidate(['--strict', 'a.json'], memoryIo({}))).toMatchObject({ exitCode: EXIT.usage, stderr: expect.arrayContaining(['Unknown option --strict.']) });
    const missing = runValidate(['missing.json'], memoryIo({}));
    expect(missing.exitCode).toBe(EXIT.usage);
    expect(missing.stderr.join('\n')).toMatch(/^missing\.json: could not be read \(ENOENT/);
  });

  test('several files: each gets a summary; the worst outcome is the exit code', () => {
    const io = memoryIo({ 'good.json': JSON.stringify(minimalDataset()), 'bad.json': '[' });
    const outcome = runValidate(['good.json', 'bad.json'], io);
    expect(outcome.exitCode).toBe(EXIT.problems);
    expect(outcome.stdout).toEqual(['good.json: 2 events loaded, 0 skipped', expect.stringMatching(/^error {4}data file: is not valid JSON/), 'bad.json: file rejected (1 error)']);
    expect(runValidate(['good.json', 'gone.json'], io).exitCode).toBe(EXIT.usage);
  });

  test('--help documents the exit codes', () => {
    expect(runValidate(['--help'])).toEqual({ exitCode: EXIT.clean, stdout: [HELP], stderr: [] });
    expect(HELP).toMatch(/0 {2}every file loads with no error and no warning/);
    expect(HELP).toMatch(/1 {2}some file has an error or a warning/);
    expect(HELP).toMatch(/2 {2}usage error, or a file could not be read/);
  });
});

describe('npm run validate (the real command)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...files: string[]) =>
    spawnSync('npm', ['run', '--silent', 'validate', '--', ...files], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  // Two runs of the CLI through tsx: seconds apiece on a loaded 2-core machine, past vitest's 5 s default.
  test('exit 0 on the bundled dataset, 1 with the messages on a broken one', () => {
    const bad = join(dir, 'bad.json');
    const data = JSON.parse(readFileSync(join(root, BUNDLED), 'utf8'));
    // An event no story goes through and whose actors appear elsewhere, so skipping it costs one warning only.
    type Raw = { id: string; actors: string[] };
    const inStories = new Set(data.stories.flatMap((s: { steps: { event: string }[] }) => s.steps.map((step) => step.event)));
    const elsewhere = (e: Raw) => e.actors.every((a) => data.events.some((other: Raw) => other !== e && other.actors.includes(a)));
    const index = data.events.findIndex((e: Raw) => !inStories.has(e.id) && elsewhere(e));
    const event = data.events[index];
    event.actors.push('no-such-actor');
    writeFileSync(bad, JSON.stringify(data));

    const clean = run(BUNDLED);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/timeline\.json: \d+ events loaded, 0 skipped; \d+ stories loaded, 0 skipped\n$/);

    const dirty = run(bad);
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain(`warning  events[${index}] "${event.id}" › actors[${event.actors.length - 1}]: no actor has the id "no-such-actor"`);
    expect(dirty.stdout).toMatch(/bad\.json: \d+ events loaded, 1 skipped; \d+ stories loaded, 0 skipped, 1 warning\n$/);
  }, 20_000);
});
