import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { installGuards } from './fixtures/page-guards';
import { dataset, eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * "Cite this event" (issue 20): APA, MLA or Chicago from a citation library,
 * with the event's address and the day read, and files for reference
 * managers; the library is fetched only when a reader asks for a citation.
 */

const event = eventById('sessions-priority');
const CHUNK = /\/assets\/cite-library-[\w-]+\.js$/;

/** The day in the page's own clock, as the citation's "accessed" date is taken. */
const today = (page: Page) => page.evaluate(() => [new Date().getFullYear(), new Date().getMonth() + 1, new Date().getDate()] as [number, number, number]);

const contents = async (download: Download) => readFile((await download.path())!, 'utf8');

test('the library loads on opening; the styles switch, the text keeps title and address, and each file reads back', async ({ explorer, page }) => {
  const guards = await installGuards(page);
  const chunkRequests: string[] = [];
  page.on('request', (request) => {
    if (CHUNK.test(new URL(request.url()).pathname)) chunkRequests.push(request.url());
  });
  await explorer.openEvent(event.id);
  await expect(explorer.panelHeading()).toHaveText(event.title);
  const url = `${new URL(page.url()).origin}/events/${event.id}/`;

  // The panel is open and reading; the citation library has not been asked for.
  await page.waitForLoadState('networkidle');
  expect(chunkRequests, 'citation chunk before "Cite this event"').toEqual([]);

  await explorer.panel.getByText('Cite this event', { exact: true }).click();
  const citation = explorer.panel.getByRole('figure', { name: 'Citation' });
  await expect(citation).toBeVisible();
  expect(chunkRequests).toHaveLength(1);

  const styles = explorer.panel.getByRole('group', { name: 'Citation style' });
  // APA first, as no choice was saved: the title as written, its quotation marks double.
  await expect(styles.getByRole('radio', { name: 'APA' })).toBeChecked();
  await expect(citation).toContainText('Sessions suggests arresting Assange is a “priority');
  await expect(citation).toContainText(url);
  const apa = await citation.textContent();

  // MLA and Chicago quote the title, so its own quotation marks turn single.
  await styles.getByRole('radio', { name: 'MLA' }).check();
  await expect(citation).not.toHaveText(apa!);
  await expect(citation).toContainText('“Sessions Suggests Arresting Assange Is a ‘Priority.’”');
  await expect(citation).toContainText(url);
  await expect(citation).toContainText(/Accessed \d{1,2} \w+\.? 20\d\d\.$/);
  const mla = await citation.textContent();

  await styles.getByRole('radio', { name: 'Chicago' }).check();
  await expect(citation).not.toHaveText(mla!);
  await expect(citation).not.toHaveText(apa!);
  await expect(citation).toContainText('“Sessions Suggests Arresting Assange Is a ‘Priority,’”');
  await expect(citation).toContainText(url);
  await expect(citation).toContainText(dataset.title);

  const day = await today(page);
  const isoDay = day.map((n) => String(n).padStart(2, '0')).join('-');

  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), explorer.panel.getByRole('button', { name: `Download ${name}` }).click()]);
    return download;
  };

  const bib = await save('BibTeX');
  expect(bib.suggestedFilename()).toBe(`${event.id}.bib`);
  const bibtex = await contents(bib);
  expect(bibtex).toMatch(/^@online\{/);
  expect(bibtex).toContain(`url = {${url}}`);
  expect(bibtex).toContain(`urldate = {${isoDay}}`);
  expect(bibtex).toContain('title = {Sessions suggests arresting {Assange} is a ``priority\'\'}');

  const ris = await save('RIS');
  expect(ris.suggestedFilename()).toBe(`${event.id}.ris`);
  const risText = await contents(ris);
  expect(risText).toMatch(/^TY {2}- ELEC\r\n/);
  expect(risText).toContain(`TI  - ${event.title}\r\n`);
  expect(risText).toContain(`UR  - ${url}\r\n`);
  expect(risText).toContain(`M1  - ${day.join('/')}/\r\n`);

  const json = await save('CSL-JSON');
  expect(json.suggestedFilename()).toBe(`${event.id}.json`);
  const [item] = JSON.parse(await contents(json)) as Record<string, unknown>[];
  expect(item).toMatchObject({ id: event.id, type: 'webpage', title: event.title, URL: url, 'container-title': dataset.title, accessed: { 'date-parts': [day] } });
  expect(item!.note).toMatch(/^Source: Newstalk, “US Attorney General says arresting Julian Assange is a ‘priority’” \(2017-04-21\)/);

  // The library ran under the app's policy: no eval, nothing fetched from elsewhere.
  expect(await guards.cspViolations(), 'CSP violations').toEqual([]);
  expect(chunkRequests).toHaveLength(1);
});

test('the chosen style is remembered, and the controls work from the keyboard', async ({ explorer, page }) => {
  await explorer.openEvent(event.id);
  const summary = explorer.panel.getByText('Cite this event', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const styles = explorer.panel.getByRole('group', { name: 'Citation style' });
  await styles.getByRole('radio', { name: 'APA' }).focus();
  // Arrow keys move through a radio group and choose as they go.
  await page.keyboard.press('ArrowRight');
  await expect(styles.getByRole('radio', { name: 'MLA' })).toBeChecked();
  await expect(explorer.panel.getByRole('figure', { name: 'Citation' })).toContainText('Accessed');

  await page.reload();
  await expect(explorer.panelHeading()).toHaveText(event.title);
  await explorer.panel.getByText('Cite this event', { exact: true }).click();
  await expect(explorer.panel.getByRole('group', { name: 'Citation style' }).getByRole('radio', { name: 'MLA' })).toBeChecked();
  await expect(explorer.panel.getByRole('figure', { name: 'Citation' })).toContainText('“Sessions Suggests Arresting Assange Is a ‘Priority.’”');
});
