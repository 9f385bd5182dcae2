import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { stepFrom } from './use-step';

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest?.('input, textarea, select, [contenteditable="true"], dialog');
}

/** N / P step through the visible events, Escape closes the event. */
export function usePanelShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const state = useAppStore.getState();
      const key = event.key.toLowerCase();
      if (key === 'n' || key === 'p') {
        const step = stepFrom(selectVisibleEvents(state), state.selectedId);
        const target = key === 'n' ? step.next : step.previous;
        if (target) {
          event.preventDefault();
          state.select(target.id);
        }
      } else if (key === 'escape' && state.selectedId) {
        event.preventDefault();
        const id = state.selectedId;
        state.select(null);
        // Return focus to where the event lives in the list, if it is shown.
        document.querySelector<HTMLElement>(`button[data-event-id="${CSS.escape(id)}"]`)?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
