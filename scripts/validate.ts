// Checks dataset files by hand, with the same schema and the same messages as the app.
// Usage: npm run validate -- <file.json> [more.json …]   (see --help)
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, type LoadResult, type Problem } from '../src/domain/load-dataset';

/** The app refuses files larger than this (src/features/dataset/fetch-dataset.ts); so does this command. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

export const EXIT = { clean: 0, problems: 1, usage: 2 } as const;

export const HELP = `Usage: npm run validate -- <file.json> [more.json …]

Checks timeline dataset files against the same schema and integrity rules the
app uses, and prints the same messages the page shows:

  error    <where>: <what is wrong>     the app would refuse the whole file
  warning  <where>: <what is wrong>     the app would skip an event, or a loose end

then one summary line per file ("N events loaded, N skipped", and the same for
its stories when it has some, or "file rejected").

Exit codes:
  0  every file loads with no error and no warning
  1  some file has an error or a warning
  2  usage error, or a file could not be read

Options:
  -h, --help   show this help`;

export interface CheckedText {
  result: LoadResult;
  /** How many entries the file's "events" array has, when it has one. */
  eventsInFile: number;
  /** How many entries its "stories" array has (0 without one). */
  storiesInFile?: number;
}

function failure(where: string, message: string): LoadResult {
  return { ok: false, errors: [{ severity: 'error', where, message }], warnings: [] };
}

/** Parses and validates a dataset's text exactly as the app does after fetching it. */
export function checkDatasetText(text: string): CheckedText {
  if (text.length > MAX_DATASET_BYTES) {
    return { result: failure('data file', `is larger than ${MAX_DATASET_BYTES / 1048576} MB.`), eventsInFile: 0 };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Same wording as parseDatasetText in src/features/dataset/fetch-dataset.ts.
    const detail = error instanceof Error ? error.message : String(error);
    return { result: failure('data file', `is not valid JSON: ${detail.slice(0, 200)}`), eventsInFile: 0 };
  }
  const field = (name: string) => (json && typeof json === 'object' && name in json ? (json as Record<string, unknown>)[name] : undefined);
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  return { result: loadDataset(json), eventsInFile: count(field('events')), storiesInFile: count(field('stories')) };
}

export function formatProblem(problem: Problem): string {
  return `${problem.severity.padEnd(7)}  ${problem.where}: ${problem.message}`;
}

/** The lines printed for one file's result, problems first, the summary last. */
export function reportLines(file: string, { result, eventsInFile, storiesInFile = 0 }: CheckedText): string[] {
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  const lines = problems.map(formatProblem);
  const warnings = result.warnings.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (result.ok) {
    const loaded = result.model.events.length;
    const skipped = Math.max(0, eventsInFile - loaded);
    const stories = result.model.stories.length;
    const storyPart = storiesInFile > 0 ? `; ${stories} ${stories === 1 ? 'story' : 'stories'} loaded, ${storiesInFile - stories} skipped` : '';
    lines.push(`${file}: ${loaded} events loaded, ${skipped} skipped${storyPart}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`);
  } else {
    lines.push(`${file}: file rejected (${plural(result.errors.length, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''})`);
  }
  return lines;
}

export interface ValidateIo {
  /** Returns the file's text; throws (like fs) when it cannot be read. */
  readFile: (path: string) => string;
}

export interface ValidateOutcome {
  exitCode: number;
  stdout: string[];
  stderr: string[];
}

const nodeIo: ValidateIo = {
  readFile: (path) => {
    const size = statSync(path).size;
    if (size > MAX_DATASET_BYTES) throw new Error(`it is ${Math.round(size / 1048576)} MB; the limit is ${MAX_DATASET_BYTES / 1048576} MB`);
    return readFileSync(path, 'utf8');
  },
};

/** The whole command as a pure function of its arguments and its file reader. */
export function runValidate(args: readonly string[], io: ValidateIo = nodeIo): ValidateOutcome {
  const stdout: string[] = [];
  const stderr: string[] = [];
  if (args.includes('-h') || args.includes('--help')) return { exitCode: EXIT.clean, stdout: [HELP], stderr };

  const files = args.filter((arg) => arg !== '--');
  const unknown = files.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0) {
    return { exitCode: EXIT.usage, stdout, stderr: [`Unknown option ${unknown.join(', ')}.`, '', HELP] };
  }
  if (files.length === 0) return { exitCode: EXIT.usage, stdout, stderr: ['Name at least one dataset file.', '', HELP] };

  let exitCode: number = EXIT.clean;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      stderr.push(`${file}: could not be read (${reason})`);
      exitCode = EXIT.usage;
      continue;
    }
    const checked = checkDatasetText(text);
    stdout.push(...reportLines(file, checked));
    const clean = checked.result.ok && checked.result.warnings.length === 0;
    if (!clean && exitCode === EXIT.clean) exitCode = EXIT.problems;
  }
  return { exitCode, stdout, stderr };
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const outcome = runValidate(process.argv.slice(2));
  if (outcome.stdout.length) process.stdout.write(`${outcome.stdout.join('\n')}\n`);
  if (outcome.stderr.length) process.stderr.write(`${outcome.stderr.join('\n')}\n`);
  process.exitCode = outcome.exitCode;
}
