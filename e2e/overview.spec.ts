import type { Page } from '@playwright/test';
import { eventById } from './support/dataset';
import { seriousViolations } from './support/axe';
import { expect, test, type Explorer } from './support/fixtures';

/** Issue 11: the overview strip of the whole span, on a wide screen. */
test.use({ viewport: { width: 1366, height: 800 } });

const DAY = 86_400_000;
// The strip spans the dataset's span (2010 to January 2019) with 3% of air each side, as "Fit all" does.
const SPAN = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2019, 1, 1) - 1 };
const PAD = (SPAN.end - SPAN.start) * 0.03;
const DOMAIN = { start: SPAN.start - PAD, end: SPAN.end + PAD };
const WIDTH = DOMAIN.end - DOMAIN.start;
const at = (iso: string) => Date.parse(iso);

/** Where on the page a time sits on the strip. */
async function xOf(explorer: Explorer, time: number): Promise<{ x: number; y: number }> {
  const track = (await explorer.overview.locator('..').boundingBox())!;
  return { x: track.x + ((time - DOMAIN.start) / WIDTH) * track.width, y: track.y + track.height / 2 };
}

async function settledWindow(explorer: Explorer, page: Page) {
  // The address is written 250 ms after the last change of the window.
  await page.waitForTimeout(400);
  return (await explorer.urlWindow())!;
}

test('dragging the brush moves the timeline', async ({ explorer, page }) => {
  await explorer.open('?start=2011-01-01T00:00Z&end=2012-01-01T00:00Z');
  const cut = explorer.timelineItem(eventById('internet-cut-off').title);
  await expect(cut).toHaveCount(0);
  const from = await xOf(explorer, at('2011-07-02T00:00Z'));
  const to = await xOf(explorer, at('2016-10-16T00:00Z'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  const window = await settledWindow(explorer, page);
  // Same width, centred about where the pointer was let go.
  expect(window.end - window.start).toBeGreaterThan(360 * DAY);
  expect(window.end - window.start).toBeLessThan(370 * DAY);
  expect(Math.abs((window.start + window.end) / 2 - at('2016-10-16T00:00Z'))).toBeLessThan(30 * DAY);
  await expect(cut).toBeInViewport();
});

test.describe('with a finger', () => {
  test.use({ hasTouch: true });

  test('a touch drag moves the brush, and the page does not scroll under it', async ({ explorer, page }) => {
    await explorer.open('?start=2011-01-01T00:00Z&end=2012-01-01T00:00Z');
    const from = await xOf(explorer, at('2011-07-02T00:00Z'));
    const to = await xOf(explorer, at('2016-10-16T00:00Z'));
    // Real touch input through the DevTools protocol: Chromium turns it into pointer events of type "touch".
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 10; i++) await touch('touchMove', from.x + ((to.x - from.x) * i) / 10, from.y);
    await touch('touchEnd', to.x, to.y);
    const moved = await settledWindow(explorer, page);
    expect(Math.abs((moved.start + moved.end) / 2 - at('2016-10-16T00:00Z'))).toBeLessThan(30 * DAY);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });
});

test('dragging an edge resizes the window', async ({ explorer, page }) => {
  await explorer.open('?start=2014-01-01T00:00Z&end=2015-01-01T00:00Z');
  const edge = explorer.overview.locator('[data-edge="end"]');
  const box = (await edge.boundingBox())!;
  const to = await xOf(explorer, at('2017-01-01T00:00Z'));
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  const window = await settledWindow(explorer, page);
  expect(Math.abs(window.start - at('2014-01-01T00:00Z'))).toBeLessThan(DAY);
  expect(Math.abs(window.end - at('2017-01-01T00:00Z'))).toBeLessThan(30 * DAY);
});

test('a click elsewhere on the strip moves the window there', async ({ explorer, page }) => {
  await explorer.open('?start=2011-01-01T00:00Z&end=2012-01-01T00:00Z');
  const target = await xOf(explorer, at('2017-11-13T00:00Z'));
  await page.mouse.click(target.x, target.y);
  const window = await settledWindow(explorer, page);
  expect(Math.abs((window.start + window.end) / 2 - at('2017-11-13T00:00Z'))).toBeLessThan(30 * DAY);
  await expect(explorer.timelineItem(eventById('atlantic-report').title)).toBeInViewport();
});

test('the brush is a slider: arrows move, + and - resize, Home and End go to the ends', async ({ explorer, page }) => {
  await explorer.open('?start=2014-01-01T00:00Z&end=2015-01-01T00:00Z');
  const slider = explorer.overview;
  await expect(slider).toHaveAttribute('aria-valuetext', '1 January 2014 to 1 January 2015');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  let window = await settledWindow(explorer, page);
  expect(Math.abs(window.start - (at('2014-01-01T00:00Z') + 36.5 * DAY))).toBeLessThan(DAY);
  await page.keyboard.press('+');
  window = await settledWindow(explorer, page);
  expect(Math.abs(window.end - window.start - 182.5 * DAY)).toBeLessThan(DAY);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  window = await settledWindow(explorer, page);
  expect(Math.abs(window.end - window.start - 730 * DAY)).toBeLessThan(DAY);
  await page.keyboard.press('Home');
  window = await settledWindow(explorer, page);
  expect(Math.abs(window.start - DOMAIN.start)).toBeLessThan(60_000 * 2);
  await page.keyboard.press('End');
  window = await settledWindow(explorer, page);
  expect(Math.abs(window.end - DOMAIN.end)).toBeLessThan(60_000 * 2);
  await expect(explorer.timelineItem(eventById('mistaken-filing').title)).toBeInViewport();
  // The strip, like "Fit all", runs a little past the span's last month.
  await expect(slider).toHaveAttribute('aria-valuetext', /May 2019$/);
});

test('it follows the timeline: zoom buttons narrow the brush, Fit all widens it to the whole strip', async ({ explorer, page }) => {
  await explorer.open();
  const slider = explorer.overview;
  const track = (await slider.locator('..').boundingBox())!;
  expect((await slider.boundingBox())!.width).toBeGreaterThan(track.width * 0.95);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await slider.boundingBox())!.width / track.width).toBeLessThan(0.3);
  await expect(slider).not.toHaveAttribute('aria-valuetext', /^January 2010/);
  // Panning the timeline by keys moves the brush too.
  const before = (await slider.boundingBox())!.x;
  await explorer.timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await slider.boundingBox())!.x).toBeGreaterThan(before + 5);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => (await slider.boundingBox())!.width / track.width).toBeGreaterThan(0.95);
});

test('the bars count the shown events: a filter changes them', async ({ explorer, page }) => {
  await explorer.open();
  const bars = page.getByRole('img', { name: /^Shown events per month/ });
  // Eight events start in October 2016 (days, the month itself, and one uncertain month).
  await expect(bars).toHaveAccessibleName('Shown events per month; the busiest is October 2016, with 8.');
  await explorer.open('?tags=congress');
  await expect(bars).toHaveAccessibleName('Shown events per month; the busiest is November 2017, with 2.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious at 1366 px with the overview, ${scheme} theme`, async ({ explorer, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await explorer.open('?start=2016-06-01T00:00Z&end=2017-12-31T00:00Z');
    await explorer.overview.focus();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
