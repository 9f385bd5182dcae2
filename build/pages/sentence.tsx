import { Fragment, type ReactNode } from 'react';

// Private-use characters around a placeholder's name: text from a catalog never holds them.
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const MARK = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'u');

/**
 * A translated sentence with elements in it (a link, a date): the catalog holds
 * the whole sentence with `{link}` where the element goes, so each language
 * puts it where its word order wants it (issue 22). `translate` gets a marker
 * for each element to pass as the message's values:
 *
 *   sentence((marks) => i18n._('See the {link}.', marks), { link: <a href="…">{i18n._('corrections page')}</a> })
 */
export function sentence(translate: (marks: Record<string, string>) => string, elements: Record<string, ReactNode>): ReactNode {
  const marks = Object.fromEntries(Object.keys(elements).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  // split() with a capturing group: text, name, text, name, …, text.
  return translate(marks)
    .split(MARK)
    .map((part, i) => <Fragment key={i}>{i % 2 ? elements[part] : part}</Fragment>);
}
