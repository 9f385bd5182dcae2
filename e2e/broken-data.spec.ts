import type { Page, Route } from '@playwright/test';
import { minimalDataset } from '../src/domain/__fixtures__/minimal-dataset';
import { expect, test } from './support/fixtures';

/**
 * A broken data file, through the real app: the page always says what is wrong
 * and where (never a blank page, never an uncaught error). File-level problems
 * stop loading; a problem in one event skips that event and shows the rest.
 * The `explorer` fixture fails any test in which the page threw.
 */

type Fixture = ReturnType<typeof minimalDataset>;

function broken(change: (data: Fixture) => void): Fixture {
  const data = minimalDataset();
  change(data);
  return data;
}

async function serve(page: Page, handler: (route: Route) => Promise<void>): Promise<void> {
  await page.route('**/data/timeline.json', handler);
  await page.goto('/');
}

const json = (body: unknown) => (route: Route) => route.fulfill({ json: body });
const text = (body: string, status = 200) => (route: Route) => route.fulfill({ status, body, contentType: 'application/json' });

test.describe('problems with the whole file stop loading and say why', () => {
  const cases: [string, (route: Route) => Promise<void>, string | RegExp][] = [
    ['a missing file (404)', text('Not found', 404), 'data file: was not found at /data/timeline.json (HTTP 404).'],
    ['a server error (500)', text('Oops', 500), 'data file: could not be loaded (HTTP 500).'],
    ['a network failure', (route) => route.abort('internetdisconnected'), /^data file: could not be fetched \(.+\)\. Check your connection and reload\.$/],
    ['malformed JSON', text('{"schemaVersion": 1, "title": '), /^data file: is not valid JSON: .+/],
    ['an empty body', text(''), /^data file: is not valid JSON: .+/],
    ['JSON that is not an object', json(['not', 'a', 'dataset']), /Invalid input: expected object, received array/],
    ['a schema violation (wrong version)', json(broken((d) => ((d as { schemaVersion: number }).schemaVersion = 2))), 'schemaVersion: Invalid input: expected 1'],
    ['an unknown top-level field', json({ ...minimalDataset(), extra: true }), /Unrecognized key: "extra"/],
    ['a duplicate actor id', json(broken((d) => d.actors.push({ ...d.actors[0]! }))), 'actors[2].id: the id "ecuador" is used twice'],
    ['a javascript: article URL', json(broken((d) => (d.articles[0]!.url = 'javascript:alert(1)'))), 'articles[0].url: must be an http(s) URL'],
    ['an oversized article title', json(broken((d) => (d.articles[0]!.title = 'T'.repeat(301)))), /^articles\[0\]\.title: Too big: expected string to have <=300 characters$/],
  ];

  for (const [name, handler, message] of cases) {
    // `explorer` is requested for its check that the page never threw.
    test(name, async ({ explorer, page }) => {
      void explorer;
      await serve(page, handler);
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'The timeline data could not be loaded' })).toBeVisible();
      await expect(alert.getByRole('listitem').filter({ hasText: message })).toHaveCount(1);
      await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
      // Not a blank page: the app shell is still there.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    });
  }

  test('when every event is broken, the file is refused and the reasons are one click away', async ({ explorer, page }) => {
    void explorer;
    await serve(page, json(broken((d) => d.events.forEach((e) => (e.date = 'someday')))));
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('listitem').filter({ hasText: 'events: no event could be shown; see the warnings for why' })).toBeVisible();
    await alert.getByText('2 more problems').click();
    await expect(alert.getByRole('listitem').filter({ hasText: 'events[0] "cut-off" › date: "someday" is not an EDTF date' })).toBeVisible();
    await expect(alert.getByRole('listitem').filter({ hasText: 'events[1] "statement" › date: "someday" is not an EDTF date' })).toBeVisible();
  });
});

test.describe('a problem in one event skips that event, names it, and shows the rest', () => {
  // The second event ("statement") is broken; the first ("cut-off") must still show.
  const cases: [string, (d: Fixture) => void, string][] = [
    ['a dangling actor', (d) => (d.events[1]!.actors = ['nobody']), 'events[1] "statement" › actors[0]: no actor has the id "nobody"; the event is skipped'],
    ['a dangling article', (d) => (d.events[1]!.sources[0]!.article = 'gone'), 'events[1] "statement" › sources[0].article: no article has the id "gone"; the event is skipped'],
    ['an unparseable EDTF date', (d) => (d.events[1]!.date = 'Oct 2016'), 'events[1] "statement" › date: "Oct 2016" is not an EDTF date'],
    ['an end before its start', (d) => (d.events[1]!.date = '2017-03/2016-11'), 'events[1] "statement" › date: "2017-03/2016-11" ends before it starts; the event is skipped'],
    ['an oversized summary', (d) => (d.events[1]!.summary = 'S'.repeat(100_000)), 'events[1] "statement" › summary: Too big: expected string to have <=5000 characters; the event is skipped'],
    ['a quote that is not verbatim', (d) => (d.events[1]!.sources[0]!.quote = 'Ecuador denied it.'), 'events[1] "statement" › sources[0].quote: is not verbatim in article "paper"; the event is skipped'],
    ['a duplicate event id', (d) => (d.events[1]!.id = 'cut-off'), 'events[1] "cut-off".id: the id "cut-off" is used twice; this copy is skipped'],
  ];

  for (const [name, change, message] of cases) {
    test(name, async ({ explorer, page }) => {
      await serve(page, json(broken(change)));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture timeline');
      await expect(explorer.count).toHaveText('All 1 event');
      const warnings = page.getByRole('group').filter({ hasText: 'skipped because of problems in the data' });
      await expect(warnings).toContainText('1 event was skipped because of problems in the data');
      await warnings.getByText(/skipped because of problems/).click();
      await expect(warnings.getByRole('listitem').filter({ hasText: message })).toBeVisible();
      // The good event is still there and can be opened.
      await explorer.showList();
      await expect(explorer.listRows()).toHaveCount(1);
      await explorer.listRow('Internet cut off').click();
      await expect(explorer.panelHeading()).toHaveText('Internet cut off');
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});
