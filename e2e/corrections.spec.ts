import { dataset } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * Issue 19: corrections said in the open (the panel, the phone sheet, the
 * static page with JavaScript off, its JSON-LD, /corrections/), when each
 * event was first reported, and what the timeline covers (home page, embed,
 * /about/).
 */

const CORRECTED = 'mistaken-filing';
const TITLE = 'Court filing inadvertently suggests sealed charges';
const CORRECTION = /An earlier version said the filing revealed sealed charges; the article says it inadvertently suggested them/;
const FIRST_REPORTED = 'First reported by NBC News (via Euronews), 23 Jan 2019';
const COVERAGE = 'Events from 2010 to January 2019, as reported in five articles published between 18 October 2016 and 23 January 2019. Nothing later is covered.';

type Corrected = { corrections?: { date: string; text: string }[] };
const entries = [...dataset.events, ...dataset.stories, ...dataset.actors] as Corrected[];
const correctionCount = entries.reduce((n, entry) => n + (entry.corrections?.length ?? 0), 0);

test.describe('in the app', () => {
  test('the panel shows the correction, dated, and when the event was first reported', async ({ explorer }) => {
    await explorer.openEvent(CORRECTED);
    await expect(explorer.panelHeading()).toHaveText(TITLE);
    const note = explorer.panel.getByRole('note', { name: 'Corrections' });
    await expect(note).toContainText('Corrected 1 Dec 2026');
    await expect(note).toContainText(CORRECTION);
    await expect(explorer.panel.getByText(FIRST_REPORTED)).toBeVisible();
  });

  test('an event never corrected shows no correction, but still when it was first reported', async ({ explorer }) => {
    await explorer.openEvent('swedish-interview');
    await expect(explorer.panelHeading()).toHaveText('Swedish prosecutors question Assange');
    await expect(explorer.panel.getByText('First reported by Newstalk, 21 Apr 2017')).toBeVisible();
    await expect(explorer.panel.getByRole('note', { name: 'Corrections' })).toHaveCount(0);
  });

  test('the home page says what the timeline covers, and links to the corrections', async ({ explorer, page }) => {
    await explorer.open();
    await expect(page.getByRole('banner').getByText(COVERAGE)).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Corrections' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  });

  test('the embed’s credit says what the timeline covers', async ({ page }) => {
    await page.goto('/embed/');
    await expect(page.getByRole('contentinfo').getByText(COVERAGE)).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the sheet shows the correction and when the event was first reported', async ({ explorer }) => {
    await explorer.openEvent(CORRECTED);
    // The sheet is the explorer's, not the static page it replaces: it has its close button.
    await expect(explorer.panel.getByRole('button', { name: /close/i }).first()).toBeVisible();
    await expect(explorer.panelHeading()).toHaveText(TITLE);
    await expect(explorer.panel.getByText(FIRST_REPORTED)).toBeVisible();
    const note = explorer.panel.getByRole('note', { name: 'Corrections' });
    await expect(note).toContainText('Corrected 1 Dec 2026');
    // Retried: a redraw of the sheet may replace the note between finding and scrolling.
    await expect(async () => {
      await note.scrollIntoViewIfNeeded({ timeout: 1000 });
      await expect(note).toBeInViewport();
    }).toPass();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the event’s static page shows the correction, and its JSON-LD carries it', async ({ page }) => {
    await page.goto(`/events/${CORRECTED}/`);
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    const note = page.getByRole('note', { name: 'Corrections' });
    await expect(note).toContainText('Corrected 1 Dec 2026');
    await expect(note).toContainText(CORRECTION);
    await expect(page.getByText(FIRST_REPORTED)).toBeVisible();
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data.dateModified).toBe('2026-12-01');
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', text: expect.stringMatching(CORRECTION), datePublished: '2026-12-01' }]);
  });

  test('/corrections/ lists every correction, newest first, each linking to what it corrects', async ({ page }) => {
    await page.goto('/corrections/');
    await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(correctionCount);
    const days = await page.getByRole('main').getByRole('listitem').locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(days).toEqual([...days].sort().reverse());
    await items.filter({ hasText: CORRECTION }).getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${CORRECTED}/$`));
    await expect(page.getByRole('note', { name: 'Corrections' })).toContainText('Corrected 1 Dec 2026');
  });

  test('/about/ says what the timeline covers and how it was made', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.getByRole('heading', { level: 1, name: 'About this timeline' })).toBeVisible();
    await expect(page.getByRole('main').getByText(COVERAGE)).toBeVisible();
    for (const heading of ['What it covers', 'How events are chosen', 'How they are quoted', 'How they are dated', 'What the marks mean', 'Corrections']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByRole('definition').filter({ hasText: 'The sources disagree' })).toBeVisible();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  });

  test('the static home page says what the timeline covers and links to /about/', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').getByText(COVERAGE)).toBeVisible();
    await page.getByRole('link', { name: 'How this timeline was made' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About this timeline' })).toBeVisible();
  });
});
