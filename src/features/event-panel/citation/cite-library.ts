/**
 * The citation library, loaded only when a reader opens "Cite this event"
 * (cite-event.tsx imports this module with import()): citation-js with
 * citeproc-js is some 100 KiB gzip, more than the whole first view.
 *
 * Styles and the en-US locale are bundled: plugin-csl carries APA and its
 * locales, Chicago comes from an npm package of the CSL styles repository's
 * file, MLA is ours (styles/mla.csl). Nothing is fetched, and the paths used
 * here (CSL-JSON in, citeproc, the BibTeX and RIS writers) run no eval, so
 * the app's Content-Security-Policy holds.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicago from '@citation/csl-style-chicago-fullnote-bibliography';
import mla from './styles/mla.csl?raw';
import type { CslItem } from '../../../domain/formats/citation';
import type { CitationStyle } from './citation-style';

const csl = plugins.config.get('@csl');
// Registered once per page under the names CitationStyle uses; 'apa' is plugin-csl's own.
if (!csl.styles.has('mla')) csl.styles.add('mla', mla);
if (!csl.styles.has('chicago')) csl.styles.add('chicago', chicago.content);

/** The reference-list entry in a style, as plain text: never HTML, which this app does not inject. */
export function formatCitation(item: CslItem, style: CitationStyle): string {
  const text = new Cite([item]).format('bibliography', { format: 'text', template: style, lang: 'en-US' });
  return String(text).trim();
}

/**
 * BibTeX as biblatex writes it (@online, urldate, date): the one dialect with
 * fields for a web page's address and the day it was read, and the one
 * Zotero, JabRef and biber read those from; classic BibTeX's @misc would
 * drop the date accessed.
 */
export function toBibtex(item: CslItem): string {
  return String(new Cite([item]).format('biblatex', { format: 'text' }));
}

type RisRecord = Record<string, string | string[]>;

/**
 * RIS from the library's own field mapping. The lines are joined here rather
 * than by its text writer, which breaks every value at 70 characters: a long
 * address came back with a space in it, and readers that join continuation
 * lines differently fare worse.
 */
export function toRis(item: CslItem): string {
  const records = new Cite([item]).format('ris', { format: 'object' }) as RisRecord[];
  return records
    .map((record) => {
      const lines = [`TY  - ${String(record.TY)}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY') continue;
        // A value is one line in RIS; a newline inside one would start a bogus tag.
        for (const one of ([] as string[]).concat(value)) lines.push(`${tag}  - ${one.replace(/\s*\r?\n\s*/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n')
    .concat('\r\n');
}

/** CSL-JSON, the library's own serialisation of the item (an array, as reference managers expect). */
export function toCslJson(item: CslItem): string {
  return String(new Cite([item]).format('data', { format: 'text' }));
}

/** Reads a citation back with the library: for the tests, which check each export round-trips. */
export function parseCitation(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}
