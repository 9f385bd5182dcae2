/**
 * Run after `lingui compile` (npm run i18n:compile). The English catalog is in
 * every reader's first view, and most of its entries compile to the English id
 * itself ("Stories" → ["Stories"]): the page already holds that text at the call
 * site, so those entries are dropped and src/i18n/i18n.ts answers a message
 * missing from English with its id. What stays are the messages that compile
 * to something else: placeholders and plurals, which need their compiled form.
 *
 * The other catalogs are left whole: Lingui fills their untranslated entries
 * with English, compiled, so nothing is ever missing there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../src/i18n/catalogs/en.ts', import.meta.url));
const source = readFileSync(file, 'utf8');
const match = source.match(/^(.*?messages=JSON\.parse\()("(?:[^"\\]|\\.)*")(\).*)$/s);
if (!match) throw new Error(`${file}: not the shape lingui compile writes (messages=JSON.parse("…"))`);
const [, head, literal, tail] = match as unknown as [string, string, string, string];
const messages = JSON.parse(JSON.parse(literal) as string) as Record<string, unknown>;

const kept = Object.fromEntries(
  Object.entries(messages).filter(([id, compiled]) => !(Array.isArray(compiled) && compiled.length === 1 && compiled[0] === id)),
);
writeFileSync(file, head + JSON.stringify(JSON.stringify(kept)) + tail);
console.log(`en catalog: ${Object.keys(kept).length} of ${Object.keys(messages).length} messages kept (the rest are their own id)`);
