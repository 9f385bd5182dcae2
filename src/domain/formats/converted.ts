import { parseEdtf } from '../edtf';
import type { Problem } from '../load-dataset';
import type { Actor, Article, Dataset, Tag, TimelineEvent } from '../schema';

/**
 * What every importer hands on: a document in our contract, not yet checked
 * (the loader does that, with the same messages as for the bundled file), and
 * a way to say where a problem is in the words of the original file.
 */
export interface Converted {
  dataset: Dataset;
  /** Rewrites a loader location (`events[3] "x" › sources[0].quote`) as the author's file names it (`row 5 "x" › source_1_quote`). */
  describe: (where: string) => string;
}

/**
 * A refused conversion may still carry what could be read (`partial`: the rows
 * without their bad cells), so the loader can name the problems of the rest of
 * the file too, and an author sees every problem at once (issue 20).
 */
export type ConvertResult = { ok: true; converted: Converted } | { ok: false; problems: Problem[]; partial?: Converted };

export const problem = (where: string, message: string): Problem => ({ severity: 'error', where, message });

/** The years every parseable date falls in, as the EDTF interval the contract wants for `span`. */
export function spanOf(events: readonly Pick<TimelineEvent, 'date'>[]): string {
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    const date = parseEdtf(event.date);
    if (!date.ok) continue;
    first = Math.min(first, date.value.from.parts[0] ?? first);
    last = Math.max(last, date.value.to.parts[0] ?? last);
  }
  const year = (n: number) => String(n).padStart(4, '0');
  return Number.isFinite(first) ? `${year(first)}/${year(last)}` : '0001/9999';
}

export function assemble(parts: {
  title: string;
  description: string;
  articles: Article[];
  actors: Actor[];
  tags: Tag[];
  events: TimelineEvent[];
}): Dataset {
  return { schemaVersion: 1, title: parts.title, description: parts.description, span: spanOf(parts.events), ...pick(parts) };
}

const pick = ({ articles, tags, actors, events }: Parameters<typeof assemble>[0]) => ({ articles, tags, actors, events });

/** Splits a loader location into the event index and the field after it, when it is about an event. */
export function eventLocation(where: string): { index: number; field: string } | null {
  const match = /^events\[(\d+)\](?: "[^"]*")?(?: › |\.)?(.*)$/.exec(where);
  return match ? { index: Number(match[1]), field: match[2] ?? '' } : null;
}

/** A title for an opened file: its name without the extension. */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[a-z0-9]+$/i, '').trim().slice(0, 300) || 'Opened timeline';
}
