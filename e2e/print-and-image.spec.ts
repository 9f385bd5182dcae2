import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { dataset, eventById, startOf } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * Issue 23: the explorer on paper (print media, made into a PDF and read back
 * as text with poppler's pdftotext) and the picture of the view.
 */

type RawEvent = (typeof dataset.events)[number];

const articleUrl = (id: string) => dataset.articles.find((a) => a.id === id)!.url;
const sourceUrls = (event: RawEvent) => [...event.sources.map((s) => s.article), ...(event.disputes ?? []).flatMap((d) => d.positions.map((p) => p.source.article))].map(articleUrl);
/** The app's controls, none of which belongs on paper. */
const CONTROLS = ['Zoom in', 'Zoom out', 'Fit all', 'Export', 'Stories', 'Print or save as PDF', 'Open a file', 'Subscribe', 'Lanes by actor', 'Skip to events', 'Search'];

/** The page as printed: a PDF of it under print media, and that PDF's text (whitespace made single spaces; `flat` with none, for URLs a line break may split). */
async function printed(page: Page, testInfo: TestInfo, name: string): Promise<{ text: string; flat: string; file: string }> {
  await page.emulateMedia({ media: 'print' });
  // The explorer writes its print document when print media starts, which the page hears a moment later;
  // a PDF made before that is blank. (Static pages with JavaScript off have no such document.)
  if (await page.locator('.print-document').count()) await expect(page.getByRole('article', { name: dataset.title })).toBeVisible();
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  // -raw: in the order written, and a line that ends in a URL's hyphen is not joined to the next without it.
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { text: raw.replace(/\s+/g, ' '), flat: raw.replace(/\s+/g, ''), file };
}

const spaced = (text: string) => text.replace(/\s+/g, ' ');

function expectEventsInDateOrder(text: string, events: readonly RawEvent[]) {
  const placed = events.map((event) => ({ event, at: text.indexOf(spaced(event.title)) })).sort((a, b) => a.at - b.at);
  for (let i = 1; i < placed.length; i++) {
    expect(startOf(placed[i]!.event.date) >= startOf(placed[i - 1]!.event.date), `${placed[i]!.event.id} is printed after ${placed[i - 1]!.event.id}`).toBe(true);
  }
}

function expectNoControls(text: string) {
  for (const control of CONTROLS) expect(text, `no "${control}" on paper`).not.toContain(control);
}

test.describe('printing', () => {
  test('the explorer prints every event with its date, summary, both sides and every source, and no control', async ({ explorer, page }, testInfo) => {
    await explorer.open();
    await expect(explorer.count).toContainText('events');
    // On screen the print document is not there at all.
    await expect(page.getByRole('article', { name: dataset.title })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article', { name: dataset.title })).toBeVisible();
    const { text, flat } = await printed(page, testInfo, 'explorer');

    expect(text).toContain(dataset.title);
    expect(text).toContain(`No filters: all ${dataset.events.length} events.`);
    for (const event of dataset.events) {
      expect(text, event.id).toContain(spaced(event.title));
      expect(text, event.id).toContain(spaced(event.summary));
      for (const source of event.sources) expect(text, `${event.id}: quote`).toContain(spaced(source.quote));
      for (const url of sourceUrls(event)) expect(flat, `${event.id}: ${url}`).toContain(url);
    }
    expectEventsInDateOrder(text, dataset.events);
    // Dates as precise as the data, with the precision said.
    expect(text).toContain('Sep 2016 – Jul 2017 · A period, known to the month.');
    expect(text).toContain('c. 18 Oct 2016');
    // Both sides of a dispute, each with who says it.
    const disputed = eventById('internet-cut-off');
    for (const dispute of disputed.disputes!) {
      expect(text).toContain(`Disputed: ${spaced(dispute.question)}`);
      for (const position of dispute.positions) expect(text).toContain(spaced(position.statement));
    }
    expect(text).toContain('Asserts');
    expect(text).toContain('Denies');
    expectNoControls(text);
  });

  test('with a filter, only the events it shows are printed, and the filter is named', async ({ explorer, page }, testInfo) => {
    await explorer.open('?actors=donald-trump-jr');
    await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
    const shown = dataset.events.filter((e) => e.actors.includes('donald-trump-jr'));
    const { text, flat } = await printed(page, testInfo, 'filtered');
    expect(text).toContain(`Filtered to ${shown.length} of ${dataset.events.length} events. Actors: Donald Trump Jr.`);
    for (const event of dataset.events) {
      if (shown.includes(event)) expect(text, event.id).toContain(spaced(event.title));
      else expect(text, `${event.id} is filtered out`).not.toContain(spaced(event.title));
    }
    for (const url of shown.flatMap(sourceUrls)) expect(flat).toContain(url);
    expectEventsInDateOrder(text, shown);
    expectNoControls(text);
  });

  test('an event’s page prints that event with its sources, without the app around it', async ({ explorer, page }, testInfo) => {
    const event = eventById('internet-cut-off');
    await explorer.openEvent(event.id);
    await expect(explorer.panelHeading()).toHaveText(event.title);
    // The static page's own heading is there before the app takes over; print the app's.
    await expect(explorer.timeline).toBeVisible();
    const { text, flat } = await printed(page, testInfo, 'event-page');
    expect(text).toContain(spaced(event.title));
    for (const url of sourceUrls(event)) expect(flat).toContain(url);
    expect(text).toContain('One event of the timeline');
    expect(text, 'not the other events').not.toContain(spaced(eventById('direct-messages').title));
    expectNoControls(text);
    expect(text).not.toContain('All events');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the static event page prints the event and its source addresses, not the list beside it', async ({ page }, testInfo) => {
      const event = eventById('internet-cut-off');
      await page.goto(`/events/${event.id}/`);
      const { text, flat } = await printed(page, testInfo, 'static-event-page');
      expect(text).toContain(spaced(event.title));
      for (const url of sourceUrls(event)) expect(flat).toContain(url);
      expect(text).not.toContain(spaced(eventById('direct-messages').title));
      expect(text).not.toContain('With JavaScript on');
      expect(text).not.toContain('opens in a new tab');
      expectNoControls(text);
    });

    test('an actor’s static page prints its events without the page’s controls', async ({ page }, testInfo) => {
      await page.goto('/actors/donald-trump-jr/');
      const { text } = await printed(page, testInfo, 'static-actor-page');
      expect(text).toContain('Donald Trump Jr.');
      expect(text).toContain(spaced(eventById('trump-jr-reply').title));
      // Its links to the explorer are for the screen.
      expect(text).not.toContain('All events');
      expect(text).not.toContain('Show only');
      expectNoControls(text);
    });
  });

  test('“Print or save as PDF” opens the browser’s print with the events shown, even with one selected', async ({ explorer, page }) => {
    await explorer.openEvent('internet-cut-off', '?actors=donald-trump-jr');
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: string[] }).printed = [...document.querySelectorAll('.print-document h2')].map((h) => h.textContent ?? '');
      };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const printedTitles = await page.evaluate(() => (window as unknown as { printed?: string[] }).printed);
    const shown = dataset.events.filter((e) => e.actors.includes('donald-trump-jr'));
    expect(printedTitles?.toSorted()).toEqual(shown.map((e) => e.title).toSorted());
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('printing is in the Export panel, the header keeps one row', async ({ explorer, page }) => {
    await explorer.open();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  });
});
