import { useRef, type PointerEvent } from 'react';
import { isRightToLeft } from './direction';

export type SwipeDirection = 'next' | 'previous';

/** How far a finger must travel sideways, and how much more sideways than up or down, to count as a swipe. */
const MIN_DISTANCE = 60;
const MIN_RATIO = 2;

/**
 * Pointer handlers that call `onSwipe` when a finger swipes sideways: to the
 * left is "next", as when turning a page (to the right, right to left: an
 * Arabic book's pages turn the other way, issue 22). Only touch counts (a mouse drag
 * selects text). The element should have `touch-action: pan-y` so the
 * browser leaves sideways moves to the page while still scrolling vertically.
 */
export function useSwipe(onSwipe: ((direction: SwipeDirection) => void) | undefined) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  if (!onSwipe) return {};
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current = event.pointerType === 'touch' && event.isPrimary ? { x: event.clientX, y: event.clientY, id: event.pointerId } : null;
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      const forward = isRightToLeft(event.currentTarget as Element) ? dx > 0 : dx < 0;
      if (Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) >= MIN_RATIO * Math.abs(dy)) onSwipe(forward ? 'next' : 'previous');
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
