import { readFile, writeFile } from 'node:fs/promises';
import { generateDataset } from '../bench/synthetic';
import { DataIo } from './support/data-io';
import { expect, test } from './support/fixtures';

/**
 * Exporting a large timeline (issue 21): the file is written in slices, with
 * its progress and a Cancel button in the Export panel; cancelled, nothing is
 * saved; left to finish, the file holds every event.
 */

const EVENTS = 40_000;

test('a large export shows its progress, can be cancelled, and otherwise saves every event', async ({ explorer, page }, testInfo) => {
  // Opening and writing 40,000 events twice takes a while on a busy two-core machine.
  test.slow();
  const file = testInfo.outputPath('large.json');
  await writeFile(file, JSON.stringify(generateDataset(EVENTS)));
  const io = new DataIo(page);
  await explorer.open();
  await io.open(file);
  await expect(explorer.count).toHaveText(`All ${EVENTS.toLocaleString('en-US')} events`, { timeout: 60_000 });

  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  const calendar = page.getByRole('button', { name: 'Calendar (ICS)', exact: true });
  const progress = page.getByRole('progressbar', { name: /^Writing [\d,]+ of 40,000 events/ });

  await exportButton.click();
  await calendar.click();
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled.' })).toBeAttached();
  await expect(progress).toHaveCount(0);
  // Give a download that was not stopped the time to show up.
  await page.waitForTimeout(1_000);
  expect(downloads).toEqual([]);

  // The same export left to finish: progress on the way, then the whole calendar.
  const saved = page.waitForEvent('download', { timeout: 60_000 });
  await calendar.click();
  await expect(progress).toBeVisible();
  const ics = await readFile((await (await saved).path())!, 'utf8');
  expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(EVENTS);
  expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /^Saved .+\.ics$/ })).toBeAttached();

  // JSON too: every event, and it parses.
  const { text } = await io.export('JSON');
  expect((JSON.parse(text) as { events: unknown[] }).events).toHaveLength(EVENTS);
});
