import { useEffect, type RefObject } from 'react';

/** How far the reader scrolls down, in one go, before the header tucks away; up, before it comes back. */
const DOWN = 24;
const UP = 40;
/** A scroll counts as the reader's for this long after their last touch, wheel or key in the list (a fling glides on). */
const INPUT_LASTS = 1500;

/**
 * On the phone timeline the page is one screen and the events scroll inside
 * it, under the site's header, the filter strip and the overview. Their
 * ~210 px are a quarter of a 390×844 screen (issue 20 asks for 20 % at most),
 * so while the reader scrolls down the events the header (title, file and
 * view controls) tucks away, and it comes back when they scroll up, reach the
 * top, or move focus into it; the filter strip and the overview stay.
 *
 * The switch moves the list's top edge, so the list is scrolled by the same
 * amount in the same task: the events stay where the reader's finger left
 * them. Only the reader's own scrolling tucks: a scroll the app makes (the
 * overview, a story's step) leaves the header as it is. The state is an
 * attribute on the header (`data-tucked`), which React does not manage, so a
 * re-render cannot bring the header back under the reader mid-scroll.
 */
export function useTuckedHeader(scrollerRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const scroller = scrollerRef.current;
    const header = scroller?.closest('.app')?.querySelector<HTMLElement>(':scope > .app-header');
    if (!scroller || !header) return;
    let lastInput = -Infinity;
    let lastTop = scroller.scrollTop;
    // Where the current run of scrolling in one direction began.
    let runFrom = lastTop;
    let runDown = true;

    const tucked = () => header.hasAttribute('data-tucked');
    const setTucked = (tuck: boolean) => {
      if (tuck === tucked()) return;
      const before = scroller.getBoundingClientRect().top;
      header.toggleAttribute('data-tucked', tuck);
      const moved = scroller.getBoundingClientRect().top - before;
      scroller.scrollTop += moved;
      lastTop = runFrom = scroller.scrollTop;
    };

    const onInput = () => {
      lastInput = performance.now();
    };
    const onScroll = () => {
      const top = scroller.scrollTop;
      const down = top > lastTop;
      if (top !== lastTop && down !== runDown) {
        runDown = down;
        runFrom = lastTop;
      }
      lastTop = top;
      if (top <= 0) return setTucked(false);
      if (performance.now() - lastInput > INPUT_LASTS) return;
      const room = scroller.scrollHeight - scroller.clientHeight;
      if (runDown && top - runFrom >= DOWN && top > header.offsetHeight + DOWN && room > 2 * header.offsetHeight) setTucked(true);
      else if (!runDown && runFrom - top >= UP) setTucked(false);
    };
    const onFocusIn = () => setTucked(false);

    const inputs = ['touchstart', 'touchmove', 'wheel', 'keydown', 'pointerdown'] as const;
    for (const type of inputs) scroller.addEventListener(type, onInput, { passive: true });
    scroller.addEventListener('scroll', onScroll, { passive: true });
    header.addEventListener('focusin', onFocusIn);
    return () => {
      for (const type of inputs) scroller.removeEventListener(type, onInput);
      scroller.removeEventListener('scroll', onScroll);
      header.removeEventListener('focusin', onFocusIn);
      header.removeAttribute('data-tucked');
    };
  }, [scrollerRef]);
}
