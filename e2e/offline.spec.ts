import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium';
import { DataIo } from './support/data-io';
import { actorName, dataset, eventById } from './support/dataset';
import { expect, test } from './support/fixtures';
import { SecondSite } from './support/second-site';

/**
 * Installable and offline (issue 24): after one visit the explorer, an event's
 * and an actor's page, the article reader and an opened file work without a
 * network, and a new deploy is announced rather than swapped under the reader.
 */
test.use({ serviceWorkers: 'allow' });

const EXAMPLE = fileURLToPath(new URL('../docs/example-timeline.csv', import.meta.url));

/** The visit: the page loads and its service worker has finished precaching and controls it. */
async function visitOnce(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Assange');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('Chromium reports the app installable', async ({ baseURL }) => {
  // Chromium never offers to install from an incognito profile, which is what a test's context is; so a profile of its own.
  const profile = mkdtempSync(join(tmpdir(), 'timeline-profile-'));
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(profile, { baseURL, args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await visitOnce(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('after one visit, home, an event page, an actor page, the reader and an opened file work offline', async ({ page, context, explorer }) => {
  await visitOnce(page);
  await context.setOffline(true);

  await explorer.open();
  await expect(explorer.count).toContainText(String(dataset.events.length));

  const event = eventById('internet-cut-off');
  await explorer.openEvent(event.id);
  await expect(explorer.panelHeading()).toHaveText(event.title);
  const article = dataset.articles.find((a) => a.id === event.sources[0]!.article)!;
  await explorer.panel.getByRole('button', { name: 'Read the article' }).first().click();
  const reader = page.getByRole('dialog', { name: article.title });
  await expect(reader.getByText(article.paragraphs.at(-1)!.slice(0, 40))).toBeAttached();
  await page.keyboard.press('Escape');

  await page.goto('/actors/government-of-ecuador/');
  await expect(page.getByRole('heading', { name: actorName('government-of-ecuador'), exact: true })).toBeVisible();

  await explorer.open();
  const io = new DataIo(page);
  await io.open(EXAMPLE);
  await expect(io.banner).toBeVisible();
  await expect(explorer.timelineItem('Assange’s internet access cut off')).toBeVisible();
});

test.describe('a new deploy', () => {
  // A site of its own, so changing it leaves dist/ alone for the other specs.
  const site = new SecondSite(Number(process.env.E2E_PORT ?? 4173) + 10);
  test.beforeAll(() => site.start());
  test.afterAll(() => site.remove());

  test('is announced, not swapped under the reader, and Reload shows it', async ({ page, context }) => {
    await visitOnce(page, site.origin);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(dataset.title);

    // New data, deployed: the data file changes and the build's last step writes a new worker.
    await site.stop();
    const dataFile = join(site.dir, 'data/timeline.json');
    const newTitle = `${dataset.title} (revised)`;
    writeFileSync(dataFile, JSON.stringify({ ...JSON.parse(readFileSync(dataFile, 'utf8')), title: newTitle }));
    await site.runStep('build/offline/write-offline.ts', '--data', dataFile);
    await site.start();

    // The page looks for a new version when the connection comes back.
    await context.setOffline(true);
    await context.setOffline(false);
    const prompt = page.getByRole('status').filter({ hasText: 'Updated timeline available — reload to see it.' });
    await expect(prompt).toBeVisible();
    await expect(heading).toHaveText(dataset.title);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(heading).toHaveText(newTitle);
    await expect(prompt).toHaveCount(0);
  });
});
