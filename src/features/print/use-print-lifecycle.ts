import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from '../../store/app-store';

/**
 * Writes the print document only while the browser prints, so a timeline
 * opened from a file with 100,000 events is not kept in the page twice.
 *
 * The browser's own print command (Ctrl+P) sends `beforeprint`; a headless
 * browser making a PDF, or emulating print media, only changes what
 * `matchMedia('print')` answers. Either way the document is rendered at once
 * (flushSync): the browser lays out the page for paper right after the
 * event, and a render left for later would print an empty page. An event's
 * page prints that event; the explorer, what the filters show. The Print
 * button has already chosen (print-button.tsx), so it is not overruled here.
 */
export function usePrintLifecycle(): void {
  useEffect(() => {
    const start = () => {
      const state = useAppStore.getState();
      if (state.printing) return;
      const selected = state.selectedId !== null && !state.actorPage && !!state.model?.eventById.has(state.selectedId);
      flushSync(() => state.setPrinting(selected ? 'selected' : 'shown'));
    };
    const end = () => useAppStore.getState().setPrinting(null);
    const media = window.matchMedia('print');
    const onMediaChange = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media.addEventListener('change', onMediaChange);
    // Opened while already printing (a PDF made of a page as it loads).
    if (media.matches) start();
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media.removeEventListener('change', onMediaChange);
    };
  }, []);
}

/** Prints what the filters show, whatever is selected: what the Print button promises. */
export function printShownEvents(): void {
  flushSync(() => useAppStore.getState().setPrinting('shown'));
  window.print();
}
