import { useEffect } from 'react';
import { forwardArrow, isRightToLeft } from '../../lib/direction';
import { hasModifier, isTypingTarget } from '../../lib/keyboard';
import { useAppStore } from '../../store/app-store';

/**
 * In a story: → and N go to the next step, ← and P to the previous one
 * (the arrows swap right to left, where the next step is to the left),
 * Escape leaves the story (the event stays open). Keys a widget has already
 * used (the timeline's items, the overview's brush) are left to it.
 */
export function useStoryShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || event.shiftKey || isTypingTarget(event.target)) return;
      const state = useAppStore.getState();
      if (!state.story) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const { forward, back } = forwardArrow(isRightToLeft(document.documentElement));
      const move = key === forward || key === 'n' ? 1 : key === back || key === 'p' ? -1 : 0;
      if (move !== 0) {
        event.preventDefault();
        state.goToStep(state.story.index + move);
      } else if (key === 'Escape') {
        event.preventDefault();
        state.exitStory();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
