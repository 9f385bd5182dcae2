import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { installGuards } from './fixtures/page-guards';
import { seriousViolations } from './support/axe';
import { DataIo } from './support/data-io';
import { TOTAL, eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

/** Opening a timeline of one's own, and taking the shown events away. */

const EXAMPLE = fileURLToPath(new URL('../docs/example-timeline.csv', import.meta.url));
const TIMELINEJS = fileURLToPath(new URL('../src/domain/formats/__fixtures__/timelinejs-documented.json', import.meta.url));
const EXAMPLE_TITLES = ['Assange’s internet access cut off', 'Ecuador confirms restricting Assange’s access', 'U.S. denies pressuring Ecuador', 'Sessions suggests arresting Assange is a “priority”'];

test('a CSV opened by the button is shown at once, named, and the bundled timeline is one click (or a reload) away', async ({ explorer, page }) => {
  const io = new DataIo(page);
  await explorer.open();
  await expect(explorer.count).toHaveText(`All ${TOTAL} events`);

  await io.open(EXAMPLE);
  await expect(explorer.count).toHaveText('All 4 events');
  await expect(io.banner).toContainText('Showing your file example-timeline.csv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('example-timeline');
  for (const title of EXAMPLE_TITLES) await expect(explorer.timelineItem(title)).toBeVisible();

  // Its sources carry a link and a quote but not the article's text: the quote is labelled, no reader offered.
  await explorer.timelineItem(EXAMPLE_TITLES[0]!).click();
  await expect(explorer.panelHeading()).toHaveText(EXAMPLE_TITLES[0]!);
  await expect(explorer.panel.getByText('Quote not checked against the article text').first()).toBeVisible();
  await expect(explorer.panel.getByRole('button', { name: 'Read the article' })).toHaveCount(0);
  await expect(explorer.panel.getByText(eventById('internet-cut-off').sources[0]!.quote)).toBeVisible();

  await io.backButton().click();
  await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
  await expect(io.banner).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Assange');

  await io.open(EXAMPLE);
  await expect(explorer.count).toHaveText('All 4 events');
  await page.reload();
  await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
  await expect(io.banner).toHaveCount(0);
});

test('a bad file gets a message naming row and field, and the timeline that was open stays', async ({ explorer, page }) => {
  const io = new DataIo(page);
  await explorer.open();
  const ragged = 'id,date,title,summary,actors,tags\ncut,2016-10-16,Cut off,Summary,Ecuador,Asylum\nshort,2016,Too short\nbad,16/10/2016,Bad date,Summary,Ecuador,Asylum\n';
  await io.open({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(ragged) });
  await expect(io.failure).toBeVisible();
  await expect(io.failure).toContainText('broken.csv');
  await expect(io.failure).toContainText('row 3: has 3 cells but the header has 6');
  // Every problem, not only the first: row 4's date is named too (issue 20).
  await expect(io.failure.getByRole('listitem').filter({ hasText: 'row 4 "bad"' })).toContainText('date: "16/10/2016" puts the year last');
  await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
  await expect(io.banner).toHaveCount(0);

  // Latin-1 bytes: not UTF-8, said with the line.
  await io.open({ name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.from('id,date,title,summary,actors,tags\na,2016,Caf\u00e9,S,A,T\n', 'latin1') });
  await expect(io.failure).toContainText('latin1.csv');
  await expect(io.failure).toContainText('line 2: is not UTF-8 text');
  await io.failure.getByRole('button', { name: 'Dismiss' }).click();
  await expect(io.failure).toHaveCount(0);
  await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
});

test('a TimelineJS file opens in the worker under the CSP, dropped on the page, its markup inert', async ({ explorer, page, baseURL }) => {
  const guards = await installGuards(page);
  const io = new DataIo(page);
  await explorer.open();
  // Dropping needs the explorer, not the static page it replaces: wait for its count.
  await expect(explorer.count).toHaveText(/38 events/);
  const json = readFileSync(TIMELINEJS, 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'whistleblowers.json', { type: 'application/json' }));
    return transfer;
  }, json);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  await expect(explorer.count).toHaveText('All 4 events');
  await expect(io.banner).toContainText('whistleblowers.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Whistleblowers on trial');
  await explorer.timelineItem('A day').click();
  await expect(explorer.panelHeading()).toHaveText('A day');
  await expect(explorer.panel).toContainText('Second <b>paragraph</b> “quoted”.');
  await expect(explorer.panel.getByText('No source is given for this event.')).toBeVisible();

  expect(await guards.addedDangerousElements()).toEqual([]);
  expect((await guards.pwned()).calls).toEqual([]);
  expect(await guards.cspViolations()).toEqual([]);
  expect(guards.consoleErrors).toEqual([]);
  const origin = new URL(baseURL!).origin;
  expect(guards.requests.filter((url) => !url.startsWith(`${origin}/`)), 'nothing leaves the browser').toEqual([]);
  expect(guards.requests.some((url) => /\/assets\/open-file\.worker-[\w-]+\.js$/.test(url)), 'the worker is a file of the site').toBe(true);
});

test('export downloads what the filters show, and the downloaded CSV opens again', async ({ explorer, page }) => {
  const io = new DataIo(page);
  await explorer.open();
  await page.getByRole('searchbox', { name: 'Search' }).fill('Ecuador');
  await expect(explorer.count).toHaveText(/^(\d+) of \d+ events$/);
  const shown = Number(/^(\d+)/.exec((await explorer.count.textContent()) ?? '')![1]);

  const csv = await io.export('CSV');
  expect(csv.download.suggestedFilename()).toMatch(/-filtered\.csv$/);
  expect(csv.text.startsWith('\ufeffid,date,title,summary,actors,tags,source_1_url')).toBe(true);

  const ics = await io.export('Calendar (ICS)');
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(shown);
  expect(ics.text).toContain('DTSTART;VALUE=DATE:20161016');
  expect(ics.text.replace(/\r\n /g, '')).toContain(`URL:${new URL(page.url()).origin}/events/internet-cut-off/`);

  const json = await io.export('JSON');
  expect(JSON.parse(json.text).events).toHaveLength(shown);

  await io.open({ name: csv.download.suggestedFilename(), mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
  await expect(explorer.count).toHaveText(`All ${shown} events`);
  await expect(io.banner).toContainText(csv.download.suggestedFilename());
  await expect(explorer.timelineItem(eventById('internet-cut-off').title)).toBeVisible();
});

test('"Cite this event" gives a citation with the event\'s address and the date accessed, and copies it', async ({ explorer, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await explorer.open('?event=internet-cut-off');
  await explorer.panel.getByText('Cite this event').click();
  const citation = explorer.panel.getByRole('figure', { name: 'Citation' });
  const origin = new URL(page.url()).origin;
  // MLA, which gives the day read (e2e/citation.spec.ts goes through every style).
  await explorer.panel.getByRole('radio', { name: 'MLA' }).check();
  await expect(citation).toContainText(/^“Assange’s Internet Access Cut off\.”/i);
  await expect(citation).toContainText(`${origin}/events/internet-cut-off/`);
  await expect(citation).toContainText(/Accessed \d{1,2} \w+\.? 20\d\d\.$/);
  await explorer.panel.getByRole('button', { name: 'Copy citation' }).click();
  await expect(explorer.panel.getByText('Citation copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.textContent());
});

test('the open-file controls, the banner, the failure message, the export menu and the citation pass axe in both themes', async ({ explorer, page }) => {
  // Ten axe passes over the whole page: on a busy two-core machine that outlasts the default 30 s.
  test.slow();
  const io = new DataIo(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await explorer.open();
    await io.open({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('id,date\n') });
    await expect(io.failure).toBeVisible();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Calendar (ICS)' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await io.open(EXAMPLE);
    await expect(explorer.count).toHaveText('All 4 events');
    await explorer.timelineItem(EXAMPLE_TITLES[1]!).click();
    await explorer.panel.getByText('Cite this event').click();
    await expect(explorer.panel.getByRole('figure', { name: 'Citation' })).toContainText('From the file “example-timeline.csv');
    await expect(io.banner).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
});
