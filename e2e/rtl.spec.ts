import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { hebrewDataset } from './fixtures/hebrew-dataset';
import { seriousViolations } from './support/axe';
import { dataset, startOf } from './support/dataset';
import { expect, test } from './support/fixtures';

const arabicTimeline = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/arabic-timeline.json', import.meta.url)), 'utf8')) as { title: string };

/**
 * Issue 22: in Arabic the page reads right to left, and so does time: the
 * earliest event is at the right, the overview runs from the right, and the
 * arrow that points the reading way goes forward.
 */

interface Drawn {
  id: string;
  start: number;
  /** Where the item marks its date (a point's dot centre, a bar's earlier end, its right edge here). */
  drawnX: number;
  /** Where the axis puts the date, measured from the frame's right edge as vis-timeline does right to left. */
  axisX: number;
}

/** The drawn items whose dates are in view, with where the axis puts each date. */
async function readRightToLeft(page: Page): Promise<Drawn[]> {
  await expect(page.locator('.timeline-frame .vis-itemset')).toBeAttached();
  return page.evaluate(() => {
    type Body = { util: { toScreen: (time: number) => number }; range: { start: number; end: number } };
    const body = (document.querySelector('.timeline-frame .vis-itemset') as Element & { 'vis-itemset'?: { body: Body } })['vis-itemset']!.body;
    const centre = document.querySelector('.timeline-frame .vis-panel.vis-center')!.getBoundingClientRect();
    const drawn: Drawn[] = [];
    for (const content of document.querySelectorAll<HTMLElement>('.timeline-frame [data-event-id]')) {
      const box = content.closest<HTMLElement>('.vis-item');
      const start = Number(content.dataset.start);
      if (!box || !(start >= Number(body.range.start) && start <= Number(body.range.end))) continue;
      const dot = box.querySelector<HTMLElement>('.vis-dot');
      const rect = (dot ?? box).getBoundingClientRect();
      drawn.push({
        id: content.dataset.eventId!,
        start,
        drawnX: dot ? rect.left + rect.width / 2 : rect.right,
        axisX: centre.right - body.util.toScreen(start),
      });
    }
    return drawn;
  });
}

const rightToLeft = async (page: Page) => expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

test('in Arabic the timeline runs from the right: each event at its date, earlier ones further right', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/?lang=ar');
  await rightToLeft(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('button', { name: /^اللغة/ })).toBeVisible();

  await expect.poll(async () => (await readRightToLeft(page)).length, { message: 'events drawn in view' }).toBeGreaterThan(3);
  const drawn = await readRightToLeft(page);
  for (const item of drawn) expect(Math.abs(item.drawnX - item.axisX), `${item.id} at its date`).toBeLessThanOrEqual(2);
  const byDate = [...drawn].sort((a, b) => a.start - b.start);
  const first = byDate[0]!;
  const last = byDate.at(-1)!;
  expect(first.start).toBeLessThan(last.start);
  expect(first.drawnX, 'the earliest event is to the right of the latest').toBeGreaterThan(last.drawnX);

  // The overview's years run from the right too.
  const ticks = await page.locator('.overview-years > *').evaluateAll((marks) =>
    marks
      .map((mark) => ({ year: Number((mark.textContent ?? '').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))), x: mark.getBoundingClientRect().left }))
      .filter((mark) => mark.year > 2000),
  );
  expect(ticks.length).toBeGreaterThan(1);
  const sorted = [...ticks].sort((a, b) => a.year - b.year);
  expect(sorted[0]!.x, 'the first year of the overview is at its right').toBeGreaterThan(sorted.at(-1)!.x);

  expect(await seriousViolations(page)).toEqual([]);

  // The panel opens on the reading side's end, the left, and reads right to left; an English quote keeps its own direction.
  await page.getByRole('region', { name: 'لوحة الخط الزمني' }).getByRole('button').first().click();
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  const [panelBox, frameBox] = [await panel.boundingBox(), await page.locator('.timeline-frame').boundingBox()];
  expect(panelBox!.x + panelBox!.width, 'the panel is left of the timeline').toBeLessThanOrEqual(frameBox!.x + 1);
  expect(await panel.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await panel.locator('blockquote').first().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await test.info().attach('arabic-1366-panel', { body: await page.screenshot(), contentType: 'image/png' });
});

test('in Arabic the arrow pointing left goes forward in time, on the timeline', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/?lang=ar');
  await rightToLeft(page);
  const timeline = page.getByRole('region', { name: 'لوحة الخط الزمني' });
  await expect(timeline.getByRole('button')).toHaveCount(dataset.events.length);
  const focusedId = async () => (await page.locator(':focus').getAttribute('data-event-id')) ?? '';
  // Into the timeline by Tab, past the "more events below" cue when it comes first.
  await timeline.focus();
  for (let tries = 0; tries < 3 && !(await focusedId()); tries++) await page.keyboard.press('Tab');
  expect(await focusedId(), 'Tab reaches an event').not.toBe('');
  await page.keyboard.press('Home');
  const startOfId = (id: string) => Date.parse(startOf(dataset.events.find((e) => e.id === id)!.date));
  // From the earliest, ArrowLeft walks every event once, never to an earlier one.
  const visited = [await focusedId()];
  for (let i = 1; i < dataset.events.length; i++) {
    await page.keyboard.press('ArrowLeft');
    visited.push(await focusedId());
  }
  expect(new Set(visited).size, 'each event once').toBe(dataset.events.length);
  const starts = visited.map(startOfId);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(), 'ArrowRight steps back').toBe(visited.at(-2));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an Arabic timeline on a phone reads right to left without sideways scrolling, ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route('**/data/timeline.json', (route) => route.fulfill({ json: arabicTimeline }));
    await page.goto('/');
    await rightToLeft(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(arabicTimeline.title);
    const cards = page.getByRole('region', { name: 'الخط الزمني', exact: true }).getByRole('button');
    await expect(cards.first()).toBeVisible();
    // Cards start at the right: their right edges line up near the screen's, with room at the left.
    const box = (await cards.first().boundingBox())!;
    expect(390 - (box.x + box.width)).toBeLessThan(box.x + 1);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, 'nothing scrolls sideways').toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await test.info().attach(`arabic-390-${scheme}`, { body: await page.screenshot(), contentType: 'image/png' });
  });
}

test('a Hebrew timeline, in the English interface the site stands in with, reads right to left as its static pages do', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: hebrewDataset }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hebrewDataset.title);
  await rightToLeft(page);
  // The interface is English and says so; the events keep their own language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /^Language/ })).toBeVisible();
  await expect(page.locator('.timeline-frame .tl-item-title[lang="he"]').first()).toBeAttached();

  // Time runs from the right, each event at its date.
  await expect.poll(async () => (await readRightToLeft(page)).length, { message: 'events drawn in view' }).toBeGreaterThan(2);
  const drawn = await readRightToLeft(page);
  for (const item of drawn) expect(Math.abs(item.drawnX - item.axisX), `${item.id} at its date`).toBeLessThanOrEqual(2);
  const byDate = [...drawn].sort((a, b) => a.start - b.start);
  expect(byDate[0]!.drawnX, 'the earliest event is to the right of the latest').toBeGreaterThan(byDate.at(-1)!.drawnX);
  await expect(page).not.toHaveURL(/lang=/);

  // A reader who picks Spanish reads left to right, and the link says so; English, the site's stand-in, turns it back.
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page).toHaveURL(/lang=es/);
  await page.getByRole('button', { name: /^Idioma/ }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await rightToLeft(page);
  await expect(page).not.toHaveURL(/lang=/);
  expect(await seriousViolations(page)).toEqual([]);
});
