import { useRef, type PointerEvent } from 'react';
import type { TimeWindow } from '../../store/app-store';
import { centreOn, moveWindow, resizeEdge, toTime, type Domain } from './brush-math';

interface Drag {
  kind: 'move' | 'start' | 'end';
  pointerId: number;
  x: number;
  width: number;
  left: number;
  from: TimeWindow;
}

/**
 * Pointer handling for the strip (mouse, pen and touch alike): press on an
 * edge handle resizes, on the brush moves it, anywhere else centres the
 * window there and then moves it. Each move writes the store's window; the
 * timeline follows from its own subscription.
 */
export function useBrushDrag(domain: Domain, current: () => TimeWindow, write: (window: TimeWindow) => void) {
  const drag = useRef<Drag | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const track = event.currentTarget.getBoundingClientRect();
    const target = event.target as HTMLElement;
    const edge = target.closest<HTMLElement>('[data-edge]')?.dataset.edge as 'start' | 'end' | undefined;
    let from = current();
    if (!edge && !target.closest('[role="slider"]')) {
      from = centreOn(from, toTime((event.clientX - track.left) / track.width, domain), domain);
      write(from);
    }
    drag.current = { kind: edge ?? 'move', pointerId: event.pointerId, x: event.clientX, width: track.width, left: track.left, from };
    try {
      // Capture keeps the drag when the finger or pointer leaves the strip.
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (or a synthetic one): the drag still works while over the strip.
    }
    // Keyboard users and screen readers land on the slider after a click, as with a native range.
    event.currentTarget.querySelector<HTMLElement>('[role="slider"]')?.focus({ preventScroll: true });
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId) return;
    const span = domain.end - domain.start;
    if (state.kind === 'move') write(moveWindow(state.from, ((event.clientX - state.x) / state.width) * span, domain));
    else write(resizeEdge(state.from, state.kind, toTime((event.clientX - state.left) / state.width, domain), domain));
  };

  const onPointerEnd = (event: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId === event.pointerId) drag.current = null;
  };

  return { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd };
}
