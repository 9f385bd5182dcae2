import { useEffect, useRef } from 'react';

/**
 * When the event panel closes (Escape, ✕, Exit story, Back), its focused
 * control goes with it and focus would fall to <body>: the next Tab would
 * start again at "Skip to events". So focus goes back to the event on the
 * timeline, in the list or on the phone's cards: the one just read, else the
 * one the reader opened first. Both are found by event id (`data-event-id`),
 * as the element that opened the panel may have been drawn anew since.
 * Focus the reader has put elsewhere is left alone.
 */
export function useReturnFocus(selectedId: string | null): void {
  const shown = useRef<string | null>(null);
  const opener = useRef<string | null>(null);

  useEffect(() => {
    const closed = shown.current;
    shown.current = selectedId;
    if (selectedId) {
      if (!closed) opener.current = selectedId;
      return;
    }
    const first = opener.current;
    opener.current = null;
    if (!closed || !focusIsLost()) return;
    for (const id of [closed, first]) {
      const element = id ? document.querySelector<HTMLElement>(`#main [data-event-id="${CSS.escape(id)}"]`) : null;
      if (element) return element.focus({ preventScroll: true });
    }
    // The event is not drawn (filtered out, or off the timeline's window): the events' region is the nearest place.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [selectedId]);
}

function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}
