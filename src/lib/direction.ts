/**
 * Whether `element` is laid out right to left: the page's `dir` (issue 22),
 * inherited. Read at the moment of a key press or a drag, so it is never stale.
 */
export const isRightToLeft = (element: Element): boolean => getComputedStyle(element).direction === 'rtl';

/** ArrowLeft and ArrowRight as "earlier"/"later" or "previous"/"next": the arrow pointing the reading way goes forward. */
export function forwardArrow(rtl: boolean): { forward: string; back: string } {
  return rtl ? { forward: 'ArrowLeft', back: 'ArrowRight' } : { forward: 'ArrowRight', back: 'ArrowLeft' };
}
