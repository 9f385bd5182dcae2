import type { Locator, Page } from '@playwright/test';
import { dataset } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * Lanes by actor: the names' column is as wide as the names need, up to a
 * limit, and each lane is folded to one row, saying how many it hides, so a
 * first screen shows many lanes (issue 20: it showed one).
 */

test.use({ viewport: { width: 1366, height: 900 } });

interface LaneBox {
  name: string;
  top: number;
  bottom: number;
  width: number;
  height: number;
  nameHeight: number;
}

const laneBoxes = (page: Page) =>
  page.locator('.vis-labelset .vis-label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const name = el.querySelector('.lane-name')!;
      return { name: name.textContent ?? '', top: r.top, bottom: r.bottom, width: r.width, height: r.height, nameHeight: name.getBoundingClientRect().height };
    }),
  );

/** The lane's drawn events: vis-timeline keeps the lanes' items in groups in the lanes' order. */
const laneItems = (timeline: Locator, index: number) => timeline.locator(`.vis-foreground > .vis-group:nth-child(${index + 1}) [data-event-id]`);

test('Lanes by actor keeps the names in a column that fits them, a long name wrapping inside it', async ({ explorer }) => {
  await explorer.open('?lanes=actors');
  const labels = explorer.timeline.locator('.vis-labelset .vis-label');
  await expect(labels).toHaveCount(dataset.actors.length);
  const boxes: LaneBox[] = await laneBoxes(explorer.page);
  // The column: no wider than about 13rem, and a long name wraps inside it rather than widening it.
  const column = Math.max(...boxes.map((b) => b.width));
  expect(column).toBeLessThanOrEqual(13 * 16 + 24);
  const longest = boxes.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  const oneLine = boxes.find((b) => b.name === 'FBI')!;
  expect(longest.name.length).toBeGreaterThan(25);
  expect(longest.nameHeight, `"${longest.name}" wraps`).toBeGreaterThan(oneLine.nameHeight);
});

test('the first screen of Lanes by actor shows at least eight whole lanes, each folded to one row', async ({ explorer, page }) => {
  await explorer.open('?lanes=actors');
  await expect(explorer.timeline.locator('.vis-labelset .vis-label')).toHaveCount(dataset.actors.length);
  const frame = (await explorer.timeline.locator('.vis-panel.vis-left').boundingBox())!;
  await expect(async () => {
    const whole = (await laneBoxes(page)).filter((b) => b.top >= frame.y - 1 && b.bottom <= Math.min(frame.y + frame.height, 900) + 1);
    expect(whole.length, whole.map((b) => b.name).join(', ')).toBeGreaterThanOrEqual(8);
  }).toPass();
  // Every drawn event of a folded lane is in its one row: they share their top.
  const tops = await laneItems(explorer.timeline, 0).evaluateAll((els) => els.map((el) => Math.round(el.closest('.vis-item')!.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(0);
  expect(new Set(tops).size).toBe(1);
});

test('a folded lane says how many it hides, opens to show them and folds again, the focus staying on its button', async ({ explorer, page }) => {
  const actor = dataset.actors[0]!;
  const total = dataset.events.filter((e) => e.actors.includes(actor.id)).length;
  await explorer.open('?lanes=actors');
  const more = explorer.timeline.getByRole('button', { name: new RegExp(`^\\d+ more events of ${actor.name}$`) });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const hidden = Number.parseInt((await more.textContent()) ?? '', 10);
  const drawn = laneItems(explorer.timeline, 0);
  // Nothing is lost: the drawn and the hidden are all the actor's events (the window holds them all).
  await expect(drawn).toHaveCount(total - hidden);
  expect(hidden).toBeGreaterThan(0);

  await more.click();
  const fewer = explorer.timeline.getByRole('button', { name: `Fewer events of ${actor.name}: one row` });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expect(fewer).toBeFocused();
  await expect(drawn).toHaveCount(total);
  // The lane is now taller than one row, and the next lane starts below it.
  const [first, second] = await laneBoxes(page);
  expect(first!.height).toBeGreaterThan(100);
  expect(second!.top).toBeGreaterThanOrEqual(first!.bottom - 1);

  await page.keyboard.press('Enter');
  await expect(more).toBeFocused();
  await expect(drawn).toHaveCount(total - hidden);
});
