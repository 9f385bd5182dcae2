import { expect, type CDPSession, type Page } from '@playwright/test';

/**
 * What the reader sees on the desktop timeline, measured through
 * vis-timeline's own coordinate conversion: where the axis puts a date, where
 * each drawn item actually is, which window the widget shows, and where the
 * overview's brush and the address say it is.
 */

export interface Window {
  start: number;
  end: number;
}

export interface DrawnItem {
  eventId: string;
  start: number;
  /** Where the item marks its date on screen (a point's dot centre, a bar's left edge), in page pixels. */
  drawnX: number;
  /** Where the axis puts its date, in page pixels. */
  axisX: number;
}

export interface TimelineReading {
  window: Window;
  /** The widget's limits, which are the overview's span. */
  domain: Window;
  items: DrawnItem[];
}

/** Reads the widget through the item set it keeps on its own DOM node. */
export async function readTimeline(page: Page): Promise<TimelineReading> {
  await expect(page.locator('.timeline-frame .vis-itemset')).toBeAttached();
  return page.evaluate(() => {
    type Body = { util: { toScreen: (time: number) => number }; range: { start: number; end: number; options: { min: number; max: number } } };
    const itemSet = document.querySelector('.timeline-frame .vis-itemset') as (Element & { 'vis-itemset'?: { body: Body } }) | null;
    const body = itemSet?.['vis-itemset']?.body;
    if (!body) throw new Error('no timeline drawn');
    const centre = document.querySelector('.timeline-frame .vis-panel.vis-center')!.getBoundingClientRect();
    const window = { start: Number(body.range.start), end: Number(body.range.end) };
    const items: DrawnItem[] = [];
    for (const content of document.querySelectorAll<HTMLElement>('.timeline-frame [data-event-id]')) {
      const box = content.closest<HTMLElement>('.vis-item');
      if (!box) continue;
      const start = Number(content.dataset.start);
      // Only items whose date is on screen: vis-timeline shortens bars that begin far to the left.
      if (!(start >= window.start && start <= window.end)) continue;
      const dot = box.querySelector<HTMLElement>('.vis-dot');
      const rect = (dot ?? box).getBoundingClientRect();
      items.push({
        eventId: content.dataset.eventId!,
        start,
        drawnX: dot ? rect.left + rect.width / 2 : rect.left,
        axisX: centre.left + body.util.toScreen(start),
      });
    }
    return { window, domain: { start: Number(body.range.options.min), end: Number(body.range.options.max) }, items };
  });
}

/** Every drawn item whose date is in view stands at the axis's position for that date, within `tolerance` pixels. */
export async function expectItemsAtTheirDates(page: Page, what: string, tolerance = 2): Promise<void> {
  // Under a slowed CPU on a busy machine the first draw can take longer than a poll: the widget's turn comes first.
  await expect(page.locator('.timeline-frame .vis-itemset')).toBeAttached({ timeout: 15_000 });
  await expect
    .poll(
      async () => {
        const { items } = await readTimeline(page);
        if (!items.length) return 'no items in view';
        const worst = items.reduce((a, b) => (Math.abs(b.drawnX - b.axisX) > Math.abs(a.drawnX - a.axisX) ? b : a));
        const off = Math.abs(worst.drawnX - worst.axisX);
        return off <= tolerance ? 'at their dates' : `${worst.eventId} drawn ${off.toFixed(1)} px from its date`;
      },
      { message: `after ${what}, every item is at its date`, timeout: 6_000 },
    )
    .toBe('at their dates');
}

/** The period the overview's brush covers, from its drawn position on its track. */
export async function brushWindow(page: Page, domain: Window): Promise<{ window: Window; trackWidth: number }> {
  const { left, width, trackLeft, trackWidth } = await page.getByRole('slider', { name: 'Visible period' }).evaluate((brush) => {
    const own = brush.getBoundingClientRect();
    const track = brush.parentElement!.getBoundingClientRect();
    return { left: own.left, width: own.width, trackLeft: track.left, trackWidth: track.width };
  });
  const span = domain.end - domain.start;
  const at = (x: number) => domain.start + ((x - trackLeft) / trackWidth) * span;
  return { window: { start: at(left), end: at(left + width) }, trackWidth };
}

const periodOfAddress = (href: string): Window | null => {
  const url = new URL(href);
  const start = url.searchParams.get('start');
  const end = url.searchParams.get('end');
  return start && end ? { start: Date.parse(start), end: Date.parse(end) } : null;
};

/**
 * The period an address opens on. An address without a period opens on the
 * view's default one, so it is opened in a new tab and read there: that is
 * what the person it is sent to sees.
 */
export async function windowOfAddress(page: Page, href: string): Promise<Window> {
  const named = periodOfAddress(href);
  if (named) return named;
  const other = await page.context().newPage();
  await other.setViewportSize(page.viewportSize()!);
  try {
    await other.goto(href);
    await expect(other.locator('.timeline-frame .vis-itemset')).toBeAttached();
    return await settledWindow(other, 2);
  } finally {
    await other.close();
  }
}

/**
 * The window once it stops moving: an opening's animation and the moves that
 * bring labels whole into view take up to about 3 s, more on a slowed CPU.
 * `still` is how many one-second looks in a row must agree.
 */
export async function settledWindow(page: Page, still = 1): Promise<Window> {
  let reading = await readTimeline(page);
  let agreeing = 0;
  for (let tries = 0; tries < 8 && agreeing < still; tries++) {
    await page.waitForTimeout(1_000);
    const again = await readTimeline(page);
    const same = again.window.start === reading.window.start && again.window.end === reading.window.end;
    agreeing = same ? agreeing + 1 : 0;
    reading = again;
  }
  return reading.window;
}

/**
 * The timeline, the overview's brush and the address show the same period.
 * An address without a period is opened in a new tab to read the period it
 * opens on (`reopen`; a few seconds each, so a long walk checks it at some steps).
 */
export async function expectMirrorsInStep(page: Page, what: string, { reopen = true }: { reopen?: boolean } = {}): Promise<void> {
  await expect
    .poll(
      async () => {
        const { window, domain } = await readTimeline(page);
        const width = window.end - window.start;
        const { window: brush, trackWidth } = await brushWindow(page, domain);
        // The brush is drawn in whole pixels of its track: it agrees within 2 pixels or 1 %.
        const slack = Math.max(width * 0.01, (2 / trackWidth) * (domain.end - domain.start));
        if (Math.abs(brush.start - window.start) > slack || Math.abs(brush.end - window.end) > slack) return `the brush shows ${iso(brush)}, the timeline ${iso(window)}`;
        const named = periodOfAddress(page.url());
        if (named && (Math.abs(named.start - window.start) > width * 0.01 || Math.abs(named.end - window.end) > width * 0.01))
          return `the address says ${iso(named)}, the timeline shows ${iso(window)}`;
        return 'in step';
      },
      { message: `after ${what}, the timeline, the brush and the address agree`, timeout: 6_000 },
    )
    .toBe('in step');
  if (reopen && !periodOfAddress(page.url())) {
    // Compare settled windows: the slowed page may still be widening for its last titles.
    const window = await settledWindow(page);
    if (periodOfAddress(page.url())) return expectMirrorsInStep(page, what, { reopen: false });
    const opened = await windowOfAddress(page, page.url());
    const width = window.end - window.start;
    expect(Math.abs(opened.start - window.start), `after ${what}, the address without a period opens on ${iso(opened)}, not ${iso(window)}`).toBeLessThan(width * 0.01);
    expect(Math.abs(opened.end - window.end)).toBeLessThan(width * 0.01);
  }
}

const iso = (w: Window) => `${new Date(w.start).toISOString().slice(0, 10)}…${new Date(w.end).toISOString().slice(0, 10)}`;

/** DevTools CPU throttling: timing bugs hide on a fast machine. */
export async function slowCpu(page: Page, rate = 4): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return session;
}
