import ICAL from 'ical.js';
import { TOTAL, dataset } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * "New since your last visit" (issue 23): a last visit stored in this
 * browser marks exactly the events added or revised after it, and the filter
 * of that name shows them and their count. The expected events come from the
 * data file, not from the app.
 */

type Changed = { id: string; added?: string; revised?: string };
const events = dataset.events as unknown as Changed[];
const LAST_VISIT = '2026-11-25';
const newSince = (day: string) => events.filter((e) => (e.revised ?? e.added ?? '') > day).map((e) => e.id).sort();
const expected = newSince(LAST_VISIT);

test.describe('new since your last visit', () => {
  test('a first visit marks nothing and offers no "New since" filter', async ({ explorer, page }) => {
    await explorer.open('?view=list');
    await expect(explorer.listRows()).toHaveCount(TOTAL);
    await expect(page.getByRole('button', { name: /^New since/ })).toHaveCount(0);
    await expect(explorer.listRows().getByText(/^(New|Revised)$/)).toHaveCount(0);
  });

  test('a stored last visit marks exactly the events changed after it, and the filter shows them and their count', async ({ explorer, page }) => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(TOTAL);
    await page.addInitScript((day) => localStorage.setItem('timeline:visits', JSON.stringify({ last: day, previous: null })), LAST_VISIT);
    await explorer.open('?view=list');
    const marks = explorer.listRows().getByText(/^(New|Revised)$/);
    await expect(marks).toHaveCount(expected.length);
    for (const mark of await marks.all()) await expect(mark).toBeVisible();
    const marked = await explorer.listRows().filter({ has: page.getByText(/^(New|Revised)$/) }).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')));
    expect(marked.sort()).toEqual(expected);

    const filter = page.getByRole('button', { name: `New since 25 Nov ${expected.length} events` });
    await expect(filter).toBeVisible();
    await expect(filter).toHaveAttribute('aria-pressed', 'false');
    await filter.click();
    await expect(filter).toHaveAttribute('aria-pressed', 'true');
    await expect(explorer.count).toHaveText(`${expected.length} of ${TOTAL} events`);
    await expect(explorer.listRows()).toHaveCount(expected.length);
    expect((await explorer.listRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')))).sort()).toEqual(expected);
    await expect(page).toHaveURL(new RegExp(`new=${LAST_VISIT}`));
  });

  test('a link carries the filter to a reader who has never been here', async ({ explorer, page }) => {
    const day = '2026-11-20';
    const all = newSince(day);
    await explorer.open(`?view=list&new=${LAST_VISIT}`);
    await expect(page.getByRole('button', { name: `New since 25 Nov ${expected.length} events` })).toHaveAttribute('aria-pressed', 'true');
    await expect(explorer.count).toHaveText(`${expected.length} of ${TOTAL} events`);
    await expect(explorer.listRows().getByText(/^(New|Revised)$/)).toHaveCount(expected.length);
    // Every bundled event was added on 21 Nov, so a day before it brings them all, each marked New.
    await explorer.open(`?view=list&new=${day}`);
    await expect(explorer.listRows().getByText('New', { exact: true })).toHaveCount(all.length);
  });

  test('the panel says when the event was added and revised', async ({ explorer }) => {
    const event = events.find((e) => e.revised)!;
    await explorer.openEvent(event.id);
    await expect(explorer.panel.getByText('Added 21 Nov 2026 · Revised 1 Dec 2026')).toBeVisible();
  });
});

test.describe('follow the timeline elsewhere', () => {
  test('Subscribe is a webcal: link to the calendar the build wrote, which parses to every event', async ({ explorer, page, request }) => {
    await explorer.open();
    const subscribe = page.getByRole('link', { name: 'Subscribe' });
    await expect(subscribe).toBeVisible();
    const href = (await subscribe.getAttribute('href')) ?? '';
    const origin = new URL(page.url());
    expect(href).toBe(`webcal://${origin.host}/timeline.ics`);
    const response = await request.get('/timeline.ics');
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid).sort()).toEqual(events.map((e) => `${e.id}@timeline.example`).sort());
  });

  test('on a phone, whose header has no room for it, Subscribe is in the Export panel', async ({ explorer, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await explorer.open();
    await expect(page.getByRole('link', { name: 'Subscribe' })).toHaveCount(0);
    await page.getByRole('button', { name: /^Export/ }).click();
    const subscribe = page.getByRole('group', { name: 'Export', exact: true }).getByRole('link', { name: 'Subscribe' });
    await expect(subscribe).toBeVisible();
    const box = (await subscribe.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await subscribe.getAttribute('href')).toMatch(/^webcal:\/\/[^/]+\/timeline\.ics$/);
  });

  test('every page names the feeds and the calendar in its head', async ({ page }) => {
    for (const path of ['/', `/events/${events[0]!.id}/`, '/corrections/']) {
      await page.goto(path);
      const types = await page.locator('link[rel="alternate"][type]').evaluateAll((links) => links.map((l) => l.getAttribute('type')));
      expect(types, path).toEqual(['application/atom+xml', 'application/feed+json', 'text/calendar']);
    }
  });
});
