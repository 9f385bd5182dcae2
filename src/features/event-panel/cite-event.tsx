import { useState } from 'react';
import { citationItem, type CslItem } from '../../domain/formats/citation';
import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { downloadText } from '../../lib/download';
import { eventUrl } from '../../lib/site-url';
import { useAppStore } from '../../store/app-store';
import { CITATION_STYLES, saveCitationStyle, savedCitationStyle, type CitationStyle } from './citation/citation-style';
import type * as CiteLibraryModule from './citation/cite-library';

type CiteLibrary = typeof CiteLibraryModule;

// One load a page, shared by every event: the library is fetched the first time a reader opens "Cite this event".
let library: Promise<CiteLibrary> | null = null;
const loadLibrary = (): Promise<CiteLibrary> => {
  library ??= import('./citation/cite-library').catch((error: unknown) => {
    library = null; // offline or a stale deploy: the next opening tries again
    throw error;
  });
  return library;
};

/** The downloads for reference managers; each is the library's own writer. The labels are format names, the same in every language. */
const EXPORTS = [
  { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex', write: (lib: CiteLibrary, item: CslItem) => lib.toBibtex(item) },
  { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems', write: (lib: CiteLibrary, item: CslItem) => lib.toRis(item) },
  { label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json', write: (lib: CiteLibrary, item: CslItem) => lib.toCslJson(item) },
] as const;

/**
 * "Cite this event": the event's citation in APA, MLA or Chicago, to copy, and
 * as BibTeX, RIS and CSL-JSON files for reference managers. The citation
 * library is loaded when the reader opens it, never before.
 */
export function CiteEvent({ event, model }: { event: ModelEvent; model: TimelineModel }) {
  const i18n = useI18n();
  const openedFile = useAppStore((s) => s.openedFile?.name ?? null);
  const [lib, setLib] = useState<CiteLibrary | null>(null);
  const [failed, setFailed] = useState(false);
  const [style, setStyle] = useState<CitationStyle>(savedCitationStyle);
  const [status, setStatus] = useState('');

  const open = () => {
    if (lib) return;
    setFailed(false);
    loadLibrary().then(setLib, () => setFailed(true));
  };

  // Events of a file the reader opened have no page on this site, so they are cited by the file.
  const item = citationItem({
    event,
    siteTitle: model.title,
    articles: model.articles,
    url: openedFile ? null : eventUrl(event.id),
    ...(openedFile ? { fileName: openedFile } : {}),
    accessed: new Date(),
  });
  const text = lib ? lib.formatCitation(item, style) : '';

  const choose = (next: CitationStyle) => {
    setStyle(next);
    saveCitationStyle(next);
  };
  const say = (message: string) => {
    setStatus(message);
    window.setTimeout(() => setStatus(''), 4000);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      say(i18n._('Citation copied'));
    } catch {
      say(i18n._('Copying was refused; select the text above and copy it'));
    }
  };

  return (
    <details className="cite-event" onToggle={(e) => e.currentTarget.open && open()}>
      <summary>{i18n._('Cite this event')}</summary>
      {lib ? (
        <>
          <fieldset className="cite-styles">
            <legend>{i18n._('Citation style')}</legend>
            {CITATION_STYLES.map((s) => (
              <label key={s.id}>
                <input type="radio" name={`citation-style-${event.id}`} value={s.id} checked={style === s.id} onChange={() => choose(s.id)} /> {s.label}
              </label>
            ))}
          </fieldset>
          {/* Text, never the library's HTML: data is not turned into markup in this app. */}
          <figure className="citation-figure" aria-label={i18n._('Citation')}>
            <p className="citation">{text}</p>
          </figure>
          <div className="cite-actions">
            <button type="button" onClick={() => void copy()}>
              {i18n._('Copy citation')}
            </button>
            {EXPORTS.map((x) => (
              <button
                key={x.extension}
                type="button"
                aria-label={i18n._('Download {format}', { format: x.label })}
                onClick={() => {
                  downloadText(`${event.id}.${x.extension}`, x.write(lib, item), x.type);
                  say(i18n._('{format} file downloaded', { format: x.label }));
                }}
              >
                <span aria-hidden="true">↓ </span>
                {x.label}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p className="cite-loading">{failed ? i18n._('The citation could not be loaded. Close and open “Cite this event” to try again.') : i18n._('Loading the citation…')}</p>
      )}
      <span role="status" className="copy-status">
        {status}
      </span>
    </details>
  );
}
