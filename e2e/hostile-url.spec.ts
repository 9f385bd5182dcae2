import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { TOTAL } from './support/dataset';
import { expect, test, type Explorer } from './support/fixtures';

/**
 * Hostile and broken links: the app always renders, says what it could not
 * read, and rewrites the address to what it understood. The `explorer`
 * fixture fails any test in which the page threw.
 */

async function expectApp(explorer: Explorer): Promise<void> {
  await explorer.untilTakenOver();
  await expect(explorer.page.getByRole('heading', { level: 1 })).toContainText('Assange');
  await expect(explorer.count).toHaveText(/^(All \d+ events|\d+ of \d+ events)$/);
}

function notice(page: Page, text: string) {
  return page.locator('.notices').getByText(text, { exact: true });
}

/** The search part of the address after the app has normalised it. */
const search = (page: Page) => new URL(page.url()).search;

test.describe('hand-written hostile links', () => {
  const cases: [string, string, string[], string | RegExp][] = [
    ['an unknown event', '?event=no-such-event', ['There is no event "no-such-event" in this timeline. Showing everything else the link asked for.'], ''],
    ['a script tag as the event', '?event=<script>alert(1)</script>', ['The link names an event "<script>alert(1)</script>" that is not a valid event id.'], ''],
    ['an encoded script tag', '?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ['The link names an event "<img src=x onerror=alert(1)>" that is not a valid event id.'], ''],
    ['an unknown view', '?view=evil', ['The link asks for a view "evil" that does not exist; the timeline is shown.'], ''],
    ['unknown lanes', '?lanes=everything', ['The link asks for lanes "everything"; only "actors" exists.'], ''],
    ['an unreadable period', '?start=x&end=y', ['The visible period in the link could not be read; the whole timeline is shown.'], ''],
    ['dates that are not dates', '?from=x&to=2016-02-30', ['The link\'s "from" date "x" is not a date like 2016-10-16; it is ignored.', 'The link\'s "to" date "2016-02-30" is not a date like 2016-10-16; it is ignored.'], ''],
    ['a range that ends before it starts', '?from=2017-01-01&to=2016-01-01', ['The link\'s date range ends before it starts; the range is ignored.'], ''],
    [
      'a repeated event',
      '?event=a&event=internet-cut-off',
      ['The link gives "event" more than once; the first one is used.', 'There is no event "a" in this timeline. Showing everything else the link asked for.'],
      '',
    ],
    ['unknown actors and tags', '?actors=ghost,wikileaks&tags=nope', ['Unknown actors in the link were ignored: ghost.', 'Unknown tags in the link were ignored: nope.'], '?actors=wikileaks'],
    ['a truncated percent escape', '?event=%E2%8', ['The link names an event "\uFFFD%8" that is not a valid event id.'], ''],
    ['a lone percent sign', '?q=100%&view=list', [], /^\?q=100%25&view=list$/],
    ['unknown settings', '?utm_source=mail&__proto__[x]=1', ['The link has settings this app does not know (utm_source, __proto__[x]); they are ignored.'], ''],
    ['bidi and zero-width characters', '?view=%E2%80%AEtsil%E2%80%8B', ['The link asks for a view "tsil" that does not exist; the timeline is shown.'], ''],
    [
      'a 10 KB search',
      `?q=${'x'.repeat(10_000)}`,
      ['The link was too long; only its beginning was read.', 'The search in the link was longer than 200 characters and was shortened.'],
      `?q=${'x'.repeat(200)}`,
    ],
  ];

  for (const [name, query, notices, normalised] of cases) {
    test(name, async ({ explorer, page }) => {
      await page.goto(`/${query}`);
      await expectApp(explorer);
      for (const text of notices) await expect(notice(page, text)).toBeVisible();
      if (notices.length === 0) await expect(page.locator('.notices .notice')).toHaveCount(0);
      // The address now says only what was understood: a broken link is not passed on.
      await expect.poll(() => search(page)).toMatch(typeof normalised === 'string' ? new RegExp(`^${normalised.replace(/[?]/g, '\\?')}$`) : normalised);
    });
  }

  test('a valid event next to junk still opens the event', async ({ explorer, page }) => {
    await page.goto('/?event=internet-cut-off&view=%ZZ&junk=%E2%8');
    await expectApp(explorer);
    await expect(explorer.panelHeading()).toBeVisible();
    await expect(notice(page, 'The link asks for a view "%ZZ" that does not exist; the timeline is shown.')).toBeVisible();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/events/internet-cut-off/');
    await expect.poll(() => search(page)).toBe('');
  });

  test('a notice can be dismissed and the app goes on working', async ({ explorer, page }) => {
    await page.goto('/?view=evil');
    await expectApp(explorer);
    const text = notice(page, 'The link asks for a view "evil" that does not exist; the timeline is shown.');
    await expect(text).toBeVisible();
    await page.locator('.notices').getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(text).toBeHidden();
    await explorer.showList();
    await expect(explorer.listRows()).toHaveCount(TOTAL);
  });
});

// ------------------------------------------------------------ generated links

const KEYS = ['event', 'actors', 'tags', 'from', 'to', 'q', 'view', 'lanes', 'start', 'end', 'x', '__proto__', ''];
const PIECES = ['%', '%E2%8', '%ZZ', '%00', '%FF%FE', '&', '=', '?', ',', '+', '<script>', '%3Csvg%20onload%3Dalert(1)%3E', 'javascript:alert(1)', '\u202E', '\u200B', 'list', 'actors', '2016-10-16', 'internet-cut-off'];
const byte = fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`);
const value = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), byte), { maxLength: 6 })
  .map((parts) => parts.join(''));
const queryArb = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), value), { minLength: 1, maxLength: 8 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

// A fixed seed: the same 20 links on every run, so a failure can be replayed.
const generated = fc.sample(queryArb, { numRuns: 20, seed: 20_161_016 });

test.describe('generated links (fast-check, fixed seed)', () => {
  generated.forEach((query, i) => {
    const preview = query.slice(0, 50).replace(/[^\x21-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    test(`link ${i + 1}: ${preview}`, async ({ explorer, page }) => {
      await page.goto(`/${query.replace(/#/g, '%23')}`);
      await expectApp(explorer);
      // Whatever was read, the rewritten address reads back with no further notice.
      const rewritten = search(page);
      await page.goto(`/${rewritten}`);
      await expectApp(explorer);
      await expect(page.locator('.notices .notice')).toHaveCount(0);
      expect(search(page)).toBe(rewritten);
    });
  });
});
