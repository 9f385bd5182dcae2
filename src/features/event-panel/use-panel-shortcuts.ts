import { useEffect } from 'react';
import { hasModifier, isTypingTarget } from '../../lib/keyboard';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { stepFrom } from './use-step';

/** N / P step through the visible events, Escape closes the event. In a story, the story's own keys apply instead. */
export function usePanelShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || isTypingTarget(event.target)) return;
      const state = useAppStore.getState();
      // A story has its own keys; an actor's page has no event to step from.
      if (state.story || state.actorPage) return;
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
        // Focus goes back to the event's item or row: see use-return-focus.ts.
        state.select(null);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
