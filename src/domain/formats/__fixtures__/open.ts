import { readFileSync } from 'node:fs';
import { loadDataset, type ModelEvent, type TimelineModel } from '../../load-dataset';
import { openFile, type OpenResult } from '../open-file';

/** Helpers for the format tests: the bundled model, and opening text or bytes as a named file. */

export function bundledModel(): TimelineModel {
  const result = loadDataset(JSON.parse(readFileSync(new URL('../../../../public/data/timeline.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error('the bundled dataset does not load');
  return result.model;
}

export const exampleCsv = () => readFileSync(new URL('../../../../docs/example-timeline.csv', import.meta.url));

export function open(name: string, content: string | Uint8Array): OpenResult {
  return openFile(name, typeof content === 'string' ? new TextEncoder().encode(content) : content);
}

export function opened(name: string, content: string | Uint8Array): Extract<OpenResult, { ok: true }> {
  const result = open(name, content);
  if (!result.ok) throw new Error(`${name} did not open:\n${result.problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`);
  return result;
}

export const problemLines = (result: OpenResult) => (result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`));

/** An event as a reader sees it, without the model's parsed date, for comparing round trips. */
export const plain = (events: readonly ModelEvent[]) => events.map(({ when: _when, ...event }) => event);
