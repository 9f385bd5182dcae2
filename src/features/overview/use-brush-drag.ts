import { useRef, type PointerEvent } from 'react';
import type { TimeWindow } from '../../store/app-store';
import { centreOn, moveWindow, resizeEdge, toTime, type Domain } from './brush-math';

interface Drag {
  kind: 'move' | 'start' | 'end';
  pointerId: number;
  x: number;
  width: number;
  /** The track's earlier edge on screen: its left, or its right right to left. */
  edge: number;
  from: TimeWindow;
}

/**
 * Pointer handling for the strip (mouse, pen and touch alike): press on an
 * edge handle resizes, on the brush moves it, anywhere else centres the
 * window there and then moves it. Each move writes the store's window; the
 * timeline follows from its own subscription. Right to left (issue 22) time
 * runs from the track's right edge, so distances along it change sign.
 */
export function useBrushDrag(domain: Domain, current: () => TimeWindow, write: (window: TimeWindow) => void, rtl: boolean) {
  const drag = useRef<Drag | null>(null);
  const sign = rtl ? -1 : 1;

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const track = event.currentTarget.getBoundingClientRect();
    const target = event.target as HTMLElement;
    const edge = target.closest<HTMLElement>('[data-edge]')?.dataset.edge as 'start' | 'end' | undefined;
    const earlier = rtl ? track.right : track.left;
    let from = current();
    if (!edge && !target.closest('[role="slider"]')) {
      from = centreOn(from, toTime((sign * (event.clientX - earlier)) / track.width, domain), domain);
      write(from);
    }
    drag.current = { kind: edge ?? 'move', pointerId: event.pointerId, x: event.clientX, width: track.width, edge: earlier, from };
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
    if (state.kind === 'move') write(moveWindow(state.from, ((sign * (event.clientX - state.x)) / state.width) * span, domain));
    else write(resizeEdge(state.from, state.kind, toTime((sign * (event.clientX - state.edge)) / state.width, domain), domain));
  };

  const onPointerEnd = (event: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId === event.pointerId) drag.current = null;
  };

  return { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd };
}
