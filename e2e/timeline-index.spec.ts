import { generateDataset } from '../bench/synthetic';
import { loadDataset } from '../src/domain/load-dataset';
import { writeTimelineIndex } from '../src/domain/timeline-index/write-index';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * A timeline whose data file is large (here 3,000 events, some 1.8 MB) is
 * drawn from its index (data/timeline.index.json) first; the summaries,
 * sources and quotes follow in a worker. Until they are in, what needs them
 * says it is loading, and a search says it looked at titles only.
 */

const EVENTS = 3_000;
const data = generateDataset(EVENTS);
const loaded = loadDataset(data);
if (!loaded.ok) throw new Error('the synthetic dataset does not load');
const index = writeTimelineIndex(loaded.model, { bytes: JSON.stringify(data).length, sha256: '0' });

/** What the panel shows of an event, which a search looks through once the data file is in. */
const textOf = (e: (typeof data.events)[number]) =>
  [e.title, e.summary, ...e.sources.map((s) => s.quote), ...(e.disputes ?? []).flatMap((d) => [d.question, ...d.positions.flatMap((p) => [p.statement, p.source.quote])])]
    .join('\n')
    .toLowerCase();

/** A word of the summaries and quotes that more events have there than in their titles. */
function wordBeyondTitles(): { word: string; inTitles: number; inTexts: number } {
  const texts = data.events.map(textOf);
  const count = (word: string, of: (i: number) => string) => data.events.filter((_, i) => of(i).includes(word)).length;
  for (const word of data.events[0]!.summary.toLowerCase().match(/[a-z]{7,}/g) ?? []) {
    const inTitles = count(word, (i) => data.events[i]!.title.toLowerCase());
    const inTexts = count(word, (i) => texts[i]!);
    if (inTexts > inTitles && inTexts < EVENTS) return { word, inTitles, inTexts };
  }
  throw new Error('no word found in the summaries beyond the titles');
}

/**
 * Serves the index, and the data file only once `release` is called: the
 * time between is what a reader of a large timeline sees before the texts.
 * Routed on the context: the data file is fetched by a worker.
 */
async function holdDataFile(context: BrowserContext): Promise<{ release: () => void; requests: () => number }> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requests = 0;
  await context.route('**/data/timeline.index.json', (route) => route.fulfill({ json: index }));
  await context.route('**/data/timeline.json', async (route) => {
    requests++;
    await held;
    await route.fulfill({ json: data });
  });
  return { release, requests: () => requests };
}

// The page as a build for this data file writes it: preloading the index, not the data file, which is
// large (build/html/first-fetch.ts). The bundled build's page preloads its small data file.
test.beforeEach(async ({ context }) => {
  await context.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html, 'the built page preloads its small data file').toContain('rel="preload" href="/data/timeline.json"');
      await route.fulfill({ response, body: html.replace('rel="preload" href="/data/timeline.json"', 'rel="preload" href="/data/timeline.index.json"') });
    },
  );
});

test('a large timeline is drawn from its index, and its texts follow', async ({ explorer, page, context }) => {
  const { release, requests } = await holdDataFile(context);
  const { word, inTitles, inTexts } = wordBeyondTitles();

  await page.goto('/');
  await expect(explorer.count).toHaveText(`All ${EVENTS.toLocaleString('en-US')} events`);
  await expect(explorer.timeline.getByRole('button').first()).toBeVisible();

  // Searched before the texts are in: the titles, and the count says so.
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(word);
  await expect(page.getByRole('status').filter({ hasText: 'titles searched' })).toHaveText(
    `${inTitles.toLocaleString('en-US')} of ${EVENTS.toLocaleString('en-US')} events (titles searched; summaries and quotes are still loading)`,
  );
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the events’ texts…' })).toBeVisible();

  expect(requests(), 'the data file is asked for once the first view is drawn').toBe(1);
  release();
  await expect(explorer.count).toHaveText(`${inTexts.toLocaleString('en-US')} of ${EVENTS.toLocaleString('en-US')} events`);
  // The list, in date order, opens on the first event the search now finds in its texts.
  const first = loaded.model.events.find((e) => textOf(e).includes(word))!;
  await expect(explorer.listRows().first()).toContainText(first.title);
  await explorer.listRows().first().click();
  await expect(explorer.panelHeading()).toHaveText(first.title);
  await expect(explorer.panel.getByText(first.summary)).toBeVisible();
});

test('an event opened before the texts are in says it is loading, then shows its summary and sources', async ({ explorer, page, context }) => {
  const { release } = await holdDataFile(context);
  const event = loaded.model.events[1_234]!;
  await page.goto(`/?event=${event.id}`);
  await expect(page.getByRole('complementary', { name: 'Loading the event…' })).toBeVisible();
  release();
  await expect(explorer.panelHeading()).toHaveText(event.title);
  await expect(explorer.panel.getByText(event.summary)).toBeVisible();
});

test('when the data file cannot follow, the timeline drawn stays and a notice says why', async ({ explorer, page, context }) => {
  await context.route('**/data/timeline.index.json', (route) => route.fulfill({ json: index }));
  await context.route('**/data/timeline.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/');
  await expect(explorer.count).toHaveText(`All ${EVENTS.toLocaleString('en-US')} events`);
  await expect(page.getByText('The events’ texts could not be loaded: the data file could not be loaded (HTTP 503).')).toBeVisible();
  await expect(explorer.timeline.getByRole('button').first()).toBeVisible();
});

test('the texts coming in leave the timeline as the reader has it: the same items, the focus where it was', async ({ explorer, page, context }) => {
  const { release } = await holdDataFile(context);
  const { word, inTexts } = wordBeyondTitles();
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(word);
  await expect(page.getByRole('status').filter({ hasText: 'titles searched' })).toBeVisible();
  const item = explorer.timeline.getByRole('button', { name: new RegExp(word, 'i') }).first();
  await item.focus();
  await item.evaluate((el) => ((el as HTMLElement & { seenBefore?: boolean }).seenBefore = true));

  release();
  await expect(explorer.count).toHaveText(`${inTexts.toLocaleString('en-US')} of ${EVENTS.toLocaleString('en-US')} events`);
  // Not a new timeline drawn in its place: the element the reader was on still has the focus.
  await expect(item).toBeFocused();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement & { seenBefore?: boolean }).seenBefore)).toBe(true);
});
