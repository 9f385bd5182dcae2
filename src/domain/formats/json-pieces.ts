import type { Pieces } from './pieces';

/**
 * `JSON.stringify(document, null, 2) + "\n"` as pieces: each top-level array
 * is written one element at a time, so a 150,000-event file is never one
 * stringify call. The text is the same to the byte: JSON.stringify writes a
 * line break only between tokens (one inside a string is escaped), so an
 * element's own text indents by putting the indent after each of them.
 *
 * `progress` names the array whose elements are counted as events done.
 */
export function* jsonDocumentPieces(document: Record<string, unknown>, progress?: string): Pieces {
  // The keys JSON.stringify leaves out; an array is never one of them (and is not stringified whole to find out).
  const entries = Object.entries(document).filter(([, value]) => value instanceof JsonArray || Array.isArray(value) || JSON.stringify(value) !== undefined);
  if (entries.length === 0) return void (yield '{}\n');
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (value instanceof JsonArray) yield* arrayPieces(value.items, key === progress);
    else if (Array.isArray(value)) yield* arrayPieces(value, key === progress);
    else yield indented(value, '\n  ');
  }
  yield '\n}\n';
}

/** An array whose elements are made as they are written (TimelineJS's slides), never all held at once. */
export class JsonArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** An element's text with its inner lines indented. */
const indented = (value: unknown, indent: string) => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, indent);

function* arrayPieces(items: Iterable<unknown>, counted: boolean): Pieces {
  let n = 0;
  for (const item of items) {
    yield `${n === 0 ? '[' : ','}\n    ${indented(item, '\n    ')}`;
    n++;
    if (counted) yield n;
  }
  yield n === 0 ? '[]' : '\n  ]';
}
