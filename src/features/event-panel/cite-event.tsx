import { useState } from 'react';
import { citationText } from '../../domain/formats/citation';
import type { ModelEvent } from '../../domain/load-dataset';
import { eventUrl } from '../../lib/site-url';
import { useAppStore } from '../../store/app-store';

/** "Cite this event": a citation with the event's address and today's date, ready to copy. */
export function CiteEvent({ event, siteTitle }: { event: ModelEvent; siteTitle: string }) {
  const openedFile = useAppStore((s) => s.openedFile?.name ?? null);
  const [status, setStatus] = useState('');
  // Events of a file the reader opened have no page on this site, so they are cited by the file.
  const text = citationText({
    siteTitle,
    eventTitle: event.title,
    url: openedFile ? null : eventUrl(event.id),
    ...(openedFile ? { fileName: openedFile } : {}),
    accessed: new Date(),
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Citation copied');
    } catch {
      setStatus('Copying was refused; select the text above and copy it');
    }
    window.setTimeout(() => setStatus(''), 4000);
  };
  return (
    <details className="cite-event">
      <summary>Cite this event</summary>
      <p className="citation">{text}</p>
      <button type="button" onClick={() => void copy()}>
        Copy citation
      </button>{' '}
      <span role="status" className="copy-status">
        {status}
      </span>
    </details>
  );
}
