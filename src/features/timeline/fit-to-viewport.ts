/**
 * The timeline's frame is as tall as the screen leaves it below the frame's
 * top (less what must stay under it: the out-of-sight cue), never less than
 * 22rem. Its height comes from the viewport only, not from its content, so
 * the frame and its cue are on the first screen whatever the events (issue
 * 18: the frame ran 80 px past the bottom of a 1366x900 screen and hid the
 * fact that most events were further down still).
 */

export const MIN_ROOM_REM = 22;

/** The frame's height for a viewport `viewport` tall, the frame starting `top` px down the page, `after` px to keep below it. */
export function roomInViewport(viewport: number, top: number, after: number, minimum: number): number {
  return Math.max(Math.floor(viewport - top - after), minimum);
}

/**
 * Sets `--viewport-room` on `frame` (and the class that uses it) and keeps it
 * up to date as the page above it or the window changes. Returns the cleanup.
 */
export function fitToViewport(frame: HTMLElement, after: () => number): () => void {
  let frameId = 0;
  const fit = () => {
    frameId = 0;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const top = frame.getBoundingClientRect().top + window.scrollY;
    const room = `${roomInViewport(window.innerHeight, top, after(), MIN_ROOM_REM * rem)}px`;
    if (frame.style.getPropertyValue('--viewport-room') !== room) frame.style.setProperty('--viewport-room', room);
  };
  const schedule = () => {
    if (!frameId) frameId = requestAnimationFrame(fit);
  };
  fit();
  frame.classList.add('is-fitted');
  // What sits above the frame (notices, wrapping filters) can change its top.
  const observer = new ResizeObserver(schedule);
  observer.observe(document.body);
  window.addEventListener('resize', schedule);
  return () => {
    cancelAnimationFrame(frameId);
    observer.disconnect();
    window.removeEventListener('resize', schedule);
    frame.classList.remove('is-fitted');
    frame.style.removeProperty('--viewport-room');
  };
}
