import type { Page } from '@playwright/test';
import { dataset } from './support/dataset';
import { expect, test } from './support/fixtures';
import { readTimeline } from './support/timeline-geometry';

/** The window follows the reader's intent: filters, Fit all, a selection and the zoom buttons bring the events that matter into view. */

test.use({ viewport: { width: 1366, height: 900 } });

/** Of these events, how many have their drawn box wholly inside the timeline frame's width. */
async function wholeInFrame(page: Page, ids: string[]): Promise<number> {
  return page.evaluate((wanted) => {
    const frame = document.querySelector('.timeline-frame .vis-panel.vis-center')!.getBoundingClientRect();
    let count = 0;
    for (const id of wanted) {
      const content = document.querySelector(`.timeline-frame [data-event-id="${CSS.escape(id)}"]`);
      const box = content?.closest('.vis-item')?.getBoundingClientRect();
      if (box && box.width > 0 && box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5) count++;
    }
    return count;
  }, ids);
}

const eventsOf = (actor: string) => dataset.events.filter((e) => e.actors.includes(actor)).map((e) => e.id);

test('a filter brings its events into view, and Fit all fits what the filters show', async ({ explorer, page }) => {
  const ids = eventsOf('donald-trump-jr');
  await explorer.open('?start=2010-01-01&end=2012-01-01');
  const popover = await explorer.openFilter('Actors');
  await popover.getByRole('checkbox', { name: /Donald Trump Jr/ }).check();
  await page.keyboard.press('Escape');
  await expect.poll(() => wholeInFrame(page, ids), { message: 'every one of his events is whole in the frame' }).toBe(ids.length);

  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => wholeInFrame(page, ids)).toBe(ids.length);
  const { window, domain } = await readTimeline(page);
  expect(window.end - window.start, 'Fit all fits his events, not the whole span').toBeLessThan((domain.end - domain.start) / 2);
});

test('opening an event brings it into view beside the panel, its label whole', async ({ explorer, page }) => {
  await explorer.open();
  await expect(page.locator('.timeline-frame .vis-point').first()).toBeAttached();
  // The right-most event in sight, where the opening panel will cover it.
  const lastId = await page.evaluate(() => {
    const frame = document.querySelector('.timeline-frame .vis-panel.vis-center')!.getBoundingClientRect();
    const inSight = [...document.querySelectorAll<HTMLElement>('.timeline-frame .vis-point [data-event-id]')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right;
    });
    return inSight.sort((a, b) => Number(b.dataset.start) - Number(a.dataset.start))[0]!.dataset.eventId!;
  });
  const last = dataset.events.find((e) => e.id === lastId)!;
  await explorer.timelineItem(last.title).click();
  await expect(explorer.panelHeading()).toHaveText(last.title);
  await expect.poll(() => wholeInFrame(page, [last.id]), { message: 'the selected event is whole beside the panel' }).toBe(1);
});

test('Zoom in zooms around the selected event, not the centre', async ({ explorer, page }) => {
  await explorer.openEvent('internet-cut-off');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.waitForTimeout(500);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => wholeInFrame(page, ['internet-cut-off']), { message: 'the selected event is still whole in view' }).toBe(1);
  const { window, domain } = await readTimeline(page);
  expect(window.end - window.start, "three zooms in show an eighth of the span").toBeLessThan((domain.end - domain.start) / 7);
});
