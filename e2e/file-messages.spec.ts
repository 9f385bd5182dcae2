import { fileURLToPath } from 'node:url';
import { seriousViolations } from './support/axe';
import { DataIo, REFUSED_CSV } from './support/data-io';
import { TOTAL } from './support/dataset';
import { expect, test } from './support/fixtures';

/** Issue 20: what a refused file says (every reason by row, warnings apart), and how an accepted file's notes look. */

const EXAMPLE = fileURLToPath(new URL('../docs/example-timeline.csv', import.meta.url));

test('a refused file lists every reason by row, and its warnings apart from them', async ({ explorer, page }) => {
  const io = new DataIo(page);
  await explorer.open();
  await io.open({ name: 'three-problems.csv', mimeType: 'text/csv', buffer: Buffer.from(REFUSED_CSV) });
  await expect(io.failure).toBeVisible();
  await expect(io.failure.getByRole('heading', { name: '“three-problems.csv” could not be opened' })).toBeVisible();

  const reasons = io.failure.getByRole('region', { name: 'Why it was refused' });
  const rows = reasons.getByRole('listitem').filter({ has: page.getByRole('list') });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('row 2 "bad-date"');
  await expect(rows.nth(0)).toContainText('date: "2021-02-30" is not a calendar date: February 2021 has 28 days');
  await expect(rows.nth(1)).toContainText('row 3');
  await expect(rows.nth(1)).toContainText('source_1_url: must be an http(s) URL');
  await expect(rows.nth(2)).toContainText('row 5 "bad-month"');
  await expect(rows.nth(2)).toContainText('there is no month 13');
  await expect(reasons).not.toContainText('not checked against the article text');

  const warnings = io.failure.getByRole('region', { name: 'Warnings, which alone would not refuse it' });
  await expect(warnings).toContainText('not checked against the article text');
  await expect(warnings).not.toContainText('February');
  // Nothing was changed, so nothing "is skipped".
  await expect(io.failure).not.toContainText('skipped');
  await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
});

test('an accepted CSV with only notices shows them as notes, not as a warning or an alert', async ({ explorer, page }) => {
  const io = new DataIo(page);
  await explorer.open();
  await io.open(EXAMPLE);
  await expect(explorer.count).toHaveText('All 4 events');
  const notes = page.getByRole('group').filter({ hasText: 'notes about this file' });
  await expect(notes).toBeVisible();
  await expect(notes.locator('summary')).toHaveText(/^\d+ notes about this file \(details\)$/);
  await expect(page.getByText(/problems in the data|skipped because/)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Not in the warning colours a refused file or a skipped event is shown in.
  const colours = await notes.evaluate((el) => {
    const root = getComputedStyle(document.documentElement);
    const probe = document.createElement('div');
    probe.style.background = root.getPropertyValue('--warn-bg');
    probe.style.borderColor = root.getPropertyValue('--warn-border');
    document.body.append(probe);
    const warn = getComputedStyle(probe);
    const result = { notes: [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderTopColor], warn: [warn.backgroundColor, warn.borderTopColor] };
    probe.remove();
    return result;
  });
  expect(colours.notes[0]).not.toBe(colours.warn[0]);
  expect(colours.notes[1]).not.toBe(colours.warn[1]);
  await notes.locator('summary').click();
  await expect(notes.getByRole('listitem').first()).toContainText('not checked against the article text');
});

test('the grouped reasons, the warnings and the open notes pass axe in both themes', async ({ explorer, page }) => {
  test.slow();
  const io = new DataIo(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await explorer.open();
    await io.open({ name: 'three-problems.csv', mimeType: 'text/csv', buffer: Buffer.from(REFUSED_CSV) });
    await expect(io.failure.getByRole('region', { name: 'Warnings, which alone would not refuse it' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await io.open(EXAMPLE);
    const notes = page.getByRole('group').filter({ hasText: 'notes about this file' });
    await notes.locator('summary').click();
    await expect(notes.getByRole('listitem').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
});
