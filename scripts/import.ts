// Converts a CSV or TimelineJS file into this app's JSON, with the same converter and checks the app uses.
// Usage: npm run import -- <file.csv|timelinejs.json> > timeline.json   (see --help)
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMAT_NAMES, openFile } from '../src/domain/formats/open-file';
import { datasetToJson } from '../src/domain/formats/json-export';
import { EXIT, formatProblem } from './validate';

export const HELP = `Usage: npm run import -- <file.csv|timelinejs.json> > timeline.json

Reads a CSV file (columns: see "Authoring" in the README) or a TimelineJS3
JSON file, checks it exactly as the app does when you open it, and writes the
timeline in this app's JSON format to standard output. Problems go to
standard error, by row and column (CSV) or slide and key (TimelineJS).

Exit codes:
  0  converted (warnings, such as quotes that cannot be checked without the
     article's text, are printed but do not stop it)
  1  refused: nothing is written
  2  usage error, or the file could not be read

Options:
  -h, --help   show this help`;

export interface ImportOutcome {
  exitCode: number;
  stdout: string;
  stderr: string[];
}

/** The whole command as a pure function of its arguments and its file reader. */
export function runImport(args: readonly string[], readFile: (path: string) => Uint8Array = (path) => readFileSync(path)): ImportOutcome {
  if (args.includes('-h') || args.includes('--help')) return { exitCode: EXIT.clean, stdout: `${HELP}\n`, stderr: [] };
  const files = args.filter((arg) => arg !== '--');
  if (files.length !== 1 || files[0]!.startsWith('-')) return { exitCode: EXIT.usage, stdout: '', stderr: ['Name exactly one file to import.', '', HELP] };
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = readFile(file);
  } catch (error) {
    return { exitCode: EXIT.usage, stdout: '', stderr: [`${file}: could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
  const result = openFile(basename(file), bytes);
  if (!result.ok) {
    const count = result.problems.length;
    return { exitCode: EXIT.problems, stdout: '', stderr: [...result.problems.map(formatProblem), ...result.warnings.map(formatProblem), `${file}: not converted (${count} problem${count === 1 ? '' : 's'})`] };
  }
  const events = result.model.events.length;
  const summary = `${file}: ${FORMAT_NAMES[result.format]}, ${events} event${events === 1 ? '' : 's'} converted${result.warnings.length ? `, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}` : ''}`;
  return {
    exitCode: EXIT.clean,
    stdout: datasetToJson(result.dataset),
    stderr: [...result.warnings.map(formatProblem), summary],
  };
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const outcome = runImport(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  if (outcome.stderr.length) process.stderr.write(`${outcome.stderr.join('\n')}\n`);
  process.exitCode = outcome.exitCode;
}
