import { installGuards } from './fixtures/page-guards';
import { eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * The built app runs under a strict Content-Security-Policy and talks to no
 * one but its own origin, however it is used.
 */

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

test('the built page declares a strict CSP: own origin only, no inline script or style', async ({ page }) => {
  await page.goto('/');
  const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = directives((await meta.getAttribute('content')) ?? '');
  expect(Object.fromEntries(policy)).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self'",
    'connect-src': "'self'",
    'font-src': "'none'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
  });
  // The policy comes before anything it must govern.
  const order = await page.evaluate(() => [...document.head.children].map((el) => el.tagName.toLowerCase() + (el.getAttribute('http-equiv') ? '[csp]' : '')));
  expect(order.indexOf('meta[csp]')).toBeLessThan(order.indexOf('script'));
});

test('loading, selecting, reading, filtering and switching views: no CSP violation, no foreign request', async ({ explorer, page, baseURL }) => {
  const guards = await installGuards(page);
  const event = eventById('internet-cut-off');

  await explorer.open();
  await expect(explorer.count).toContainText('events');

  // Select on the timeline, open the article reader, close it.
  await (await explorer.revealItem(event.title)).click();
  await expect(explorer.panelHeading()).toHaveText(event.title);
  await explorer.panel.getByRole('button', { name: 'Read the article' }).first().click();
  const reader = page.getByRole('dialog');
  await expect(reader).toBeVisible();
  await expect(reader.locator('mark').first()).toBeVisible();
  await reader.getByRole('button', { name: 'Close article' }).click();
  await expect(reader).toBeHidden();

  // Filter by text and by actor; lanes by actor; zoom.
  await page.getByRole('searchbox', { name: 'Search' }).fill('embassy');
  await expect(explorer.count).toHaveText(/^\d+ of \d+ events$/);
  const actors = await explorer.openFilter('Actors');
  await actors.getByRole('checkbox').first().check();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(explorer.count).toHaveText(/^All \d+ events$/);
  await page.getByRole('checkbox', { name: 'Lanes by actor' }).check();
  await expect(explorer.timeline.locator('.vis-label').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();

  // The list view and a selection from it.
  await explorer.showList();
  await explorer.listRows().nth(1).click();
  await expect(explorer.panelHeading()).toBeVisible();

  expect(await guards.cspViolations(), 'CSP violations').toEqual([]);
  expect(guards.consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text)), 'CSP console errors').toEqual([]);
  const origin = new URL(baseURL!).origin;
  expect(guards.requests.length).toBeGreaterThan(2);
  expect(guards.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)), 'requests to other origins').toEqual([]);
  expect(guards.requests).toContain(`${origin}/data/timeline.json`);
});

test('the policy is enforced: an injected inline script does not run and is reported', async ({ page }) => {
  const guards = await installGuards(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "inline"';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.append(style);
  });
  await expect.poll(async () => (await guards.cspViolations()).length).toBeGreaterThanOrEqual(2);
  const violations = await guards.cspViolations();
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
  expect((await guards.pwned()).pwned).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the embed: the same policy in its page, and opening, stepping and reading make no violation and no foreign request', async ({ page, baseURL }) => {
  const guards = await installGuards(page);
  const event = eventById('internet-cut-off');
  await page.goto(`/embed/?event=${event.id}`);
  const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  expect(directives((await meta.getAttribute('content')) ?? '').get('script-src')).toBe("'self'");

  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
  await panel.getByRole('button', { name: /Next/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).not.toHaveText(event.title);
  await panel.getByRole('button', { name: 'Read the article' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Close article' }).click();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Events' })).toBeVisible();

  expect(await guards.cspViolations(), 'CSP violations').toEqual([]);
  expect(guards.consoleErrors, 'console errors').toEqual([]);
  const origin = new URL(baseURL!).origin;
  expect(guards.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)), 'requests to other origins').toEqual([]);
});
