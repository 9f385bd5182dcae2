/**
 * The overview strip's drag step (issue 11): pointer move → store window →
 * strip and timeline redrawn. Called from the app's scenario (scenarios.ts);
 * It runs first and ends with "Fit all", leaving the view as the other series expect it.
 * `--overview-only` runs just this after the load (e.g. with `--impls ours
 * --sizes 100000 --reps 1 --no-build --out bench/.tmp/overview`).
 */
import type { Page } from '@playwright/test';

export const OVERVIEW_ONLY = process.argv.includes('--overview-only');
export const OVERVIEW_DRAG_STEPS = 50;

export const OVERVIEW_METRICS = [
  {
    key: 'overviewDrag',
    from: 'overviewDragMs',
    stat: 'median',
    title: 'Overview strip drag: pointer move → frame shown, median',
    unit: 'ms',
    how: `per pointermove on the overview brush (${OVERVIEW_DRAG_STEPS} steps of 4 px, one per frame, after three "+" zoom-ins): dispatch → store window → strip and timeline updated → end of the next rendered frame (so it includes the wait for that frame)`,
  },
  {
    key: 'overviewDragWork',
    from: 'overviewDragWorkMs',
    stat: 'median',
    title: 'Overview strip drag: synchronous work per step, median',
    unit: 'ms',
    how: 'the same steps: time inside the pointermove dispatch (handler, store update, subscribers, React render)',
  },
] as const;

/** Drags the brush and hands the samples to `add` (the session's sample store). */
export async function recordOverviewDrag(page: Page, add: (metric: string, values: number[], note?: string) => void): Promise<void> {
  const result = await overviewDragSteps(page);
  add(OVERVIEW_METRICS[0].from, result.times);
  add(OVERVIEW_METRICS[1].from, result.work, result.moved < result.times.length ? `overview drag: the brush moved on ${result.moved} of ${result.times.length} steps` : undefined);
  // Back to the whole span, so the zoom and pan series that follow start where they always did.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(500);
}

interface DragResult {
  times: number[];
  work: number[];
  moved: number;
}

/** Drags the brush in the page with PointerEvents, one step per frame. */
async function overviewDragSteps(page: Page): Promise<DragResult> {
  const slider = page.getByRole('slider', { name: 'Visible period' });
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await page.waitForTimeout(300);
  return page.evaluate(`(${IN_PAGE})(${OVERVIEW_DRAG_STEPS})`) as Promise<DragResult>;
}

// Plain JavaScript in a string, as bench/probe.js is: tsx would wrap named functions
// in a helper (__name) that does not exist in the page.
const IN_PAGE = `async (steps) => {
  const brush = document.querySelector('[role="slider"][aria-label="Visible period"]');
  if (!brush) return { times: [], work: [], moved: 0 };
  // The end of the next rendered frame: a task posted from rAF runs after style, layout and paint.
  const frameEnd = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
  const box = brush.getBoundingClientRect();
  const y = box.top + box.height / 2;
  let x = box.left + box.width / 2;
  const init = (clientX) => ({ bubbles: true, cancelable: true, clientX, clientY: y, pointerId: 41, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1 });
  brush.dispatchEvent(new PointerEvent('pointerdown', init(x)));
  await frameEnd();
  const times = [];
  const work = [];
  let moved = 0;
  for (let i = 0; i < steps; i++) {
    // Right for the first half, back for the second: the brush stays clear of the strip's ends.
    x += i < steps / 2 ? 4 : -4;
    // Where the reader sees it: the brush is placed by a logical property (right to left too), not style.left.
    const left = brush.getBoundingClientRect().left;
    const t0 = performance.now();
    brush.dispatchEvent(new PointerEvent('pointermove', init(x)));
    work.push(performance.now() - t0);
    times.push((await frameEnd()) - t0);
    if (brush.getBoundingClientRect().left !== left) moved++;
  }
  brush.dispatchEvent(new PointerEvent('pointerup', { ...init(x), buttons: 0 }));
  return { times, work, moved };
}`;