import { TOTAL, eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

test.describe('links that reproduce the view', () => {
  test('a link to an event opens it, centred on the timeline, and survives a reload', async ({ explorer, page }) => {
    const event = eventById('atlantic-report');
    await explorer.openEvent(event.id);
    await expect(explorer.panelHeading()).toHaveText(event.title);
    const item = explorer.timelineItem(event.title);
    await expect(item).toHaveAttribute('aria-pressed', 'true');
    await expect(item).toBeInViewport();
    const box = (await explorer.timeline.boundingBox())!;
    // The event's point (its dot, whichever side its label reads on) sits in the middle part of the
    // timeline: centred, then moved only as far as its whole label needs beside the panel.
    const dotX = await item.evaluate((el) => { const dot = el.closest('.vis-item')!.querySelector('.vis-dot')!.getBoundingClientRect(); return dot.left + dot.width / 2; });
    expect(Math.abs(dotX - (box.x + box.width / 2))).toBeLessThan(box.width * 0.3);
    // Whole once the window has moved for it: a title with no room beside a centred dot is shortened at first.
    const whole = () => item.evaluate((el) => { const frame = el.closest('.vis-panel.vis-center')!.getBoundingClientRect(); const own = el.closest('.vis-item')!.getBoundingClientRect(); return own.left >= frame.left && own.right <= frame.right && !el.classList.contains('is-shortened'); });
    await expect.poll(whole, { message: 'its label is whole in the frame' }).toBe(true);
    await page.reload();
    await expect(explorer.panelHeading()).toHaveText(event.title);
  });

  test('filters, search, view and visible period come back from the link exactly', async ({ explorer, page }) => {
    await explorer.open('?actors=julian-assange&tags=election-2016&q=election&view=list');
    const rows = explorer.listRows();
    await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(TOTAL);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('election');
    await expect(page.getByRole('button', { name: 'Actors: Julian Assange' })).toBeVisible();
    await page.reload();
    await expect(rows).toHaveCount(shown);

    await explorer.open('?start=2016-09-01T00:00Z&end=2016-12-01T00:00Z');
    await expect(explorer.timelineItem(eventById('internet-cut-off').title)).toBeInViewport();
    await expect(explorer.timelineItem(eventById('mistaken-filing').title)).toHaveCount(0);
  });

  test('Back and Forward step through selections', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.showList();
    const first = eventById('internet-cut-off');
    const second = eventById('election-day-statement');
    await explorer.listRow(first.title).click();
    await expect(explorer.panelHeading()).toHaveText(first.title);
    await explorer.listRow(second.title).click();
    await expect(explorer.panelHeading()).toHaveText(second.title);
    await page.goBack();
    await expect(explorer.panelHeading()).toHaveText(first.title);
    // The list still shows the period it showed, so the link names it.
    await expect(page).toHaveURL(/\/events\/internet-cut-off\/\?view=list&start=[^&]+&end=[^&]+$/);
    await page.goBack();
    await expect(explorer.panel).toBeHidden();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?view=list$/);
    await page.goForward();
    await expect(explorer.panelHeading()).toHaveText(first.title);
  });

  test('a link to an event that does not exist says so and shows the rest of the view', async ({ explorer, page }) => {
    await explorer.open('?event=no-such-event&view=list&tags=russia');
    await expect(page.getByText('There is no event "no-such-event" in this timeline.', { exact: false })).toBeVisible();
    await expect(explorer.panel).toBeHidden();
    await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
    await expect(page).toHaveURL(/tags=russia/);
    await expect(page).not.toHaveURL(/no-such-event/);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(page.getByText('There is no event')).toBeHidden();
  });

  test('broken parameters fall back with a notice instead of failing', async ({ explorer, page }) => {
    await explorer.open('?from=2016-02-31&view=sideways&actors=NOT%20A%20SLUG,wikileaks');
    await expect(page.getByText(/"from" date "2016-02-31" is not a date/)).toBeVisible();
    await expect(page.getByText(/view "sideways" that does not exist/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Actors: WikiLeaks' })).toBeVisible();
    await expect(explorer.timeline).toBeVisible();
  });

  test('"Copy link" copies the address of the current view', async ({ explorer, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await explorer.openEvent('ecuador-statement', '?tags=asylum-embassy');
    await explorer.panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(explorer.panel.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).pathname).toBe('/events/ecuador-statement/');
    expect(new URL(copied).search).toBe('?tags=asylum-embassy');
  });
});
