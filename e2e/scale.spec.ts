import { generateDataset } from '../bench/synthetic';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The explorer with 5,000 events (the benchmark's synthetic data): what a
 * reader sees and can do when the timeline cannot draw every event at once.
 */

const EVENTS = 5_000;
const big = generateDataset(EVENTS);
const ZOOM_IN = /; zoom in to see them$/;

/** Opens counts (at most four levels deep) until events are drawn one by one. */
async function openCountsUntilSingles(counts: Locator, single: Locator, singleBefore: number, open: (count: Locator) => Promise<void>) {
  for (let level = 0; level < 4; level++) {
    const drawn = await expect
      .poll(() => single.count(), { timeout: 3_000 })
      .toBeGreaterThan(singleBefore + 10)
      .then(() => true, () => false);
    if (drawn) return;
    await open(counts.first());
  }
  await expect.poll(() => single.count()).toBeGreaterThan(singleBefore + 10);
}

test.beforeEach(async ({ page }) => {
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: big }));
});

test('a large dataset is drawn as counts per period that add up and open on zoom', async ({ explorer, page }) => {
  await page.goto('/');
  await expect(explorer.count).toHaveText('All 5,000 events');
  const counts = explorer.timeline.getByRole('button', { name: ZOOM_IN });
  await expect(counts.first()).toBeVisible();
  const labels = await counts.allTextContents();
  const total = labels.reduce((sum, label) => sum + Number(/^([\d,]+)/.exec(label)![1]!.replace(/,/g, '')), 0);
  expect(total).toBe(EVENTS);

  const single = explorer.timeline.getByRole('button').filter({ hasNotText: ZOOM_IN });
  const singleBefore = await single.count();
  await counts.first().click();
  // Zoomed into that period, its events are drawn one by one in place of the counts; a period with
  // more events than the timeline draws singly first splits into finer counts, which open the same way.
  await openCountsUntilSingles(counts, single, singleBefore, (count) => count.click());
  await expect.poll(() => counts.count()).toBeLessThan(labels.length);
  expect(await explorer.timeline.getByRole('button').count()).toBeLessThanOrEqual(500);
});

test('with hundreds of items drawn, the timeline is still one Tab stop, and a count opens from the keyboard', async ({ explorer, page }) => {
  await page.goto('/');
  await expect(explorer.count).toHaveText('All 5,000 events');
  const counts = explorer.timeline.getByRole('button', { name: ZOOM_IN });
  await expect(counts.first()).toBeVisible();

  await explorer.timeline.focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(ZOOM_IN);
  const before = await counts.count();
  const single = explorer.timeline.getByRole('button').filter({ hasNotText: ZOOM_IN });
  const singleBefore = await single.count();

  await page.keyboard.press('Enter');
  // The count opened: its events are drawn one by one, in place of the counts (after finer counts, if it was busy).
  await openCountsUntilSingles(counts, single, singleBefore, async (count) => {
    await count.focus();
    await page.keyboard.press('Enter');
  });
  await expect.poll(() => counts.count()).toBeLessThan(before);

  await explorer.timeline.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // One Tab went into the timeline, the next one left it.
  expect(await explorer.timeline.evaluate((timeline) => timeline.contains(document.activeElement))).toBe(false);
});
