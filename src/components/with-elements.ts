import { Fragment, createElement, type ReactNode } from 'react';

/**
 * A translated sentence with elements inside it ("Corrected <time>…</time>"),
 * without gluing fragments (issue 22): the message names each element as a
 * placeholder, so a translation can move it, and the elements go in after
 * translating. Call it as
 * `withElements((v) => i18n._('Corrected {date}', v), { date: <time>…</time> })`,
 * the id a literal the extractor can read.
 */
export function withElements(translate: (values: Record<string, string>) => string, elements: Record<string, ReactNode>): ReactNode[] {
  const names = Object.keys(elements);
  // Private-use characters mark where each element goes; no message or data holds them.
  const values = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
  return translate(values)
    .split(/\uE000(\d+)\uE001/)
    .map((piece, i) => (i % 2 === 0 ? piece : createElement(Fragment, { key: i }, elements[names[Number(piece)]!])));
}
