import type { LoadResult } from '../../domain/load-dataset';

/** What the page asks of the data worker (full-data.worker.ts), and what it answers. */
export interface FullDataRequest {
  url: string;
  maxBytes: number;
}

export type FullDataReply =
  | { kind: 'result'; result: LoadResult }
  | { kind: 'network'; reason: string }
  | { kind: 'http'; status: number }
  | { kind: 'too-large' }
  | { kind: 'json'; detail: string };
