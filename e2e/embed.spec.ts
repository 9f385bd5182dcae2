import { test as base, expect, type Page } from '@playwright/test';
import { ELSEWHERE, FRAME_TITLE, HOST, openArticle, type Article, type ArticleOptions } from './support/article';
import { seriousViolations } from './support/axe';
import { dataset, eventById } from './support/dataset';

/**
 * The timeline embedded in an article on another site: the frame fits its
 * content, the article's address opens events and follows the reader's, and
 * nothing but the embed's own frame is believed. Every test here also checks
 * that neither the article nor the frame logged an error or broke the CSP.
 */

const PROTOCOL = { protocol: 'timeline-embed', version: 1 };

interface Watch {
  consoleErrors: string[];
  /** CSP violations reported in the article and in every frame. */
  cspViolations: () => Promise<string[]>;
}

async function watch(page: Page): Promise<Watch> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    consoleErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  // Runs in the article and in each frame it holds, whatever their origin.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${location.origin}: ${e.violatedDirective} ${e.blockedURI}`), true);
  });
  return {
    consoleErrors,
    cspViolations: async () => {
      const lists = await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));
      return lists.flat();
    },
  };
}

const test = base.extend<{ article: (options?: ArticleOptions) => Promise<Article> }>({
  article: async ({ page, baseURL }, use) => {
    const watching = await watch(page);
    await use((options) => openArticle(page, new URL(baseURL!).origin, options));
    expect(watching.consoleErrors, 'console errors in the article or the frame').toEqual([]);
    expect(await watching.cspViolations(), 'CSP violations').toEqual([]);
  },
});

const titleOf = (id: string) => eventById(id).title;
const idOfTitle = (title: string | null) => dataset.events.find((e) => e.title === title)?.id;

test('the frame takes the height of its content, and follows it when the content changes', async ({ article: open, page }) => {
  const article = await open();
  await expect(article.frame.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect(article.frame.getByRole('region', { name: 'Timeline canvas' }).getByRole('button').first()).toBeVisible();
  const fitted = await article.fittedHeight();

  // A notice appears at the top of the frame: the frame grows by its height; dismissed, it shrinks back.
  await page.evaluate(() => (window.location.hash = '#event=no-such-event'));
  const notice = article.frame.getByText('There is no event "no-such-event" in this timeline.', { exact: false });
  await expect(notice).toBeVisible();
  const grown = await article.fittedHeight();
  expect(grown).toBeGreaterThan(fitted + 30);
  await article.frame.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect.poll(() => article.heights()).toEqual({ frame: fitted, content: fitted });

  // A phone: the frame becomes the phone timeline, with its own height, and fits it too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(article.frame.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
  await article.fittedHeight(fitted);
});

test('#event=<id> in the article\'s address opens that event in the frame, on arrival and when it changes', async ({ article: open, page }) => {
  const article = await open({ hash: '#event=sessions-priority' });
  await expect(article.panelHeading).toHaveText(titleOf('sessions-priority'));
  // The article was opened at the event, so the frame is brought into view, as a fragment's target is.
  await expect(article.iframe).toBeInViewport();
  // Links are followed from the keyboard: Chromium routes a pointer click that comes right after a
  // scroll by where the frame was last drawn, so it can land in the frame instead of on the link.
  // A link in the article's text…
  await page.getByRole('link', { name: 'Ecuador’s statement' }).press('Enter');
  await expect(article.panelHeading).toHaveText(titleOf('ecuador-statement'));
  // …and Back, which steps the article's own history.
  await page.goBack();
  await expect.poll(() => article.hash()).toBe('#event=sessions-priority');
  await expect(article.panelHeading).toHaveText(titleOf('sessions-priority'));

  // The article's own anchors are its business: the event stays open.
  await page.getByRole('link', { name: 'the comments' }).press('Enter');
  await expect.poll(() => article.hash()).toBe('#comments');
  await expect(article.panelHeading).toHaveText(titleOf('sessions-priority'));
});

test('Next in the frame names the new event in the article\'s address, with no history entry and no scroll', async ({ article: open, page }) => {
  const article = await open({ hash: '#event=sessions-priority' });
  await expect(article.panelHeading).toHaveText(titleOf('sessions-priority'));
  await expect(article.iframe).toBeInViewport();
  const before = await page.evaluate(() => ({ length: history.length, scroll: window.scrollY }));

  await article.frame.getByRole('button', { name: /Next/ }).click();
  await expect(article.panelHeading).not.toHaveText(titleOf('sessions-priority'));
  const next = idOfTitle(await article.panelHeading.textContent());
  expect(next).toBeTruthy();
  await expect.poll(() => article.hash()).toBe(`#event=${next}`);
  // The keyboard does the same: N steps on.
  await article.panelHeading.press('n');
  await expect(article.panelHeading).not.toHaveText(titleOf(next!));
  const after = idOfTitle(await article.panelHeading.textContent());
  await expect.poll(() => article.hash()).toBe(`#event=${after}`);
  expect(await page.evaluate(() => ({ length: history.length, scroll: window.scrollY }))).toEqual(before);

  // Closing the event takes it out of the address.
  await article.frame.getByRole('button', { name: 'Close event' }).click();
  await expect(article.frame.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => article.hash()).toBe('');
  expect(page.url()).toBe(`${HOST}/article`);
});

test('messages from anyone but the embed\'s own frame are ignored, in the article and in the frame', async ({ article: open, page, baseURL }) => {
  const article = await open({
    hash: '#event=sessions-priority',
    extra:
      `<iframe src="${ELSEWHERE}/ad" title="Advertisement" width="300" height="80"></iframe>` +
      `<iframe src="${HOST}/widget" title="Widget" width="300" height="80"></iframe>`,
  });
  await expect(article.panelHeading).toHaveText(titleOf('sessions-priority'));
  const height = await article.fittedHeight();
  const ad = page.frame({ url: `${ELSEWHERE}/ad` })!;
  // Another window on the embed's own origin: a popup, since nothing of the site but the embed may be framed.
  const [sameOrigin] = await Promise.all([page.waitForEvent('popup'), page.evaluate((url) => void window.open(url), `${baseURL}/favicon.svg`)]);

  // To the article: "the reader opened another event" and "make me 5 px tall", from another site, from
  // another window on the embed's own origin, and from the article's own window.
  await page.evaluate(() => {
    (window as unknown as { __heard: Promise<number> }).__heard = new Promise((resolve) => {
      let count = 0;
      window.addEventListener('message', (e) => (e.data?.id === 'mistaken-filing' || e.data?.height === 5) && ++count === 6 && resolve(count));
    });
  });
  const forgeries = [
    { ...PROTOCOL, type: 'selected', id: 'mistaken-filing' },
    { ...PROTOCOL, type: 'height', height: 5 },
  ];
  await ad.evaluate((messages) => messages.forEach((m) => window.parent.postMessage(m, '*')), forgeries);
  await sameOrigin.evaluate((messages) => messages.forEach((m) => window.opener.postMessage(m, '*')), forgeries);
  await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, '*')), forgeries);
  // embed.js listened first, so once the page has heard all six, embed.js has judged them.
  expect(await page.evaluate(() => (window as unknown as { __heard: Promise<number> }).__heard)).toBe(6);
  expect(await article.hash()).toBe('#event=sessions-priority');
  expect((await article.heights()).frame).toBe(height);

  // To the frame: another site, and another window of the article's own site, say hello (to take
  // over the conversation) and ask for another event. Only the page that embeds the frame may.
  const frame = article.embedFrame();
  await frame.evaluate(() => {
    (window as unknown as { __heard: Promise<string[]> }).__heard = new Promise((resolve) => {
      const origins: string[] = [];
      window.addEventListener('message', (e) => e.data?.type === 'show' && origins.push(e.origin) === 2 && resolve(origins));
    });
  });
  const impersonate = (protocol: typeof PROTOCOL) => {
    const embed = window.parent.frames[0]!;
    embed.postMessage({ ...protocol, type: 'hello', id: 'mistaken-filing' }, '*');
    embed.postMessage({ ...protocol, type: 'show', id: 'mistaken-filing' }, '*');
  };
  await ad.evaluate(impersonate, PROTOCOL);
  await page.frame({ url: `${HOST}/widget` })!.evaluate(impersonate, PROTOCOL);
  expect((await frame.evaluate(() => (window as unknown as { __heard: Promise<string[]> }).__heard)).sort()).toEqual([ELSEWHERE, HOST].sort());
  await expect(article.panelHeading).toHaveText(titleOf('sessions-priority'));

  // The real conversation still works.
  await page.evaluate(() => (window.location.hash = '#event=ecuador-statement'));
  await expect(article.panelHeading).toHaveText(titleOf('ecuador-statement'));
});

test('an id the article names is checked: not a slug or not in the data gets the usual notice, and nothing else happens', async ({ article: open, page }) => {
  const article = await open({ hash: '#event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' });
  await expect(article.frame.getByText('The link names an event "<img src=x onerror=alert(1)>" that is not a valid event id.')).toBeVisible();
  await expect(article.frame.getByRole('complementary')).toHaveCount(0);
  await expect(article.frame.locator('img')).toHaveCount(0);

  // A message straight from the article with a hostile id and extra fields: the same check.
  await article.iframe.evaluate((iframe, protocol) => {
    (iframe as HTMLIFrameElement).contentWindow!.postMessage({ ...protocol, type: 'show', id: 'a'.repeat(5000), href: 'javascript:alert(2)' }, '*');
  }, PROTOCOL);
  await expect(article.frame.getByText(/The link names an event "a{40}…" that is not a valid event id\./)).toBeVisible();
  await expect(article.frame.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  expect(page.url()).toContain('#event=%3Cimg');
});

test('without embed.js the frame keeps its height and the article\'s address is left alone', async ({ article: open }) => {
  const article = await open({ hash: '#event=sessions-priority', script: false });
  await expect(article.frame.getByRole('region', { name: 'Timeline canvas' }).getByRole('button').first()).toBeVisible();
  expect((await article.heights()).frame).toBe(650);
  await expect(article.frame.getByRole('complementary')).toHaveCount(0);

  // The reader opens an event in the frame (the first, from the keyboard).
  await article.frame.getByRole('region', { name: 'Timeline canvas' }).focus();
  await article.page.keyboard.press('Tab');
  await article.page.keyboard.press('Enter');
  await expect(article.panelHeading).toBeVisible();
  expect(await article.hash()).toBe('#event=sessions-priority');
  expect((await article.heights()).frame).toBe(650);
});

test('inside the frame: a named frame, the keyboard from the article to an event and back, and no axe violation', async ({ article: open, page }) => {
  const article = await open();
  await expect(article.iframe).toHaveAccessibleName(FRAME_TITLE);
  await expect(article.frame.getByRole('region', { name: 'Timeline canvas' }).getByRole('button').first()).toBeVisible();

  // Tab from the article's last link before the frame lands in the frame.
  await page.getByRole('link', { name: 'the comments' }).focus();
  await page.keyboard.press('Tab');
  await expect(article.frame.getByRole('button', { name: 'Timeline' })).toBeFocused();

  // Into the events, open one, step, close: the article's address follows.
  await article.frame.getByRole('region', { name: 'Timeline canvas' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(article.panelHeading).toBeFocused();
  const opened = idOfTitle(await article.panelHeading.textContent());
  await expect.poll(() => article.hash()).toBe(`#event=${opened}`);
  await page.keyboard.press('Escape');
  await expect(article.frame.getByRole('complementary')).toHaveCount(0);
  await expect.poll(() => article.hash()).toBe('');

  await page.evaluate(() => (window.location.hash = '#event=internet-cut-off'));
  await expect(article.panelHeading).toHaveText(titleOf('internet-cut-off'));
  expect(await seriousViolations(page)).toEqual([]);
});

test('"Open the full timeline" opens the same view on the full site, the event as its path', async ({ article: open, page, baseURL }) => {
  const article = await open({ embed: '/embed/?tags=russia', hash: '#event=democratic-emails-hacked' });
  await expect(article.panelHeading).toHaveText(titleOf('democratic-emails-hacked'));
  const link = article.frame.getByRole('link', { name: /Open the full timeline/ });
  await expect(link).toHaveAttribute('href', `${baseURL}/events/democratic-emails-hacked/?tags=russia`);
  await expect(link).toHaveAttribute('target', '_blank');
  const [full] = await Promise.all([page.context().waitForEvent('page'), link.press('Enter')]);
  await expect(full.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(titleOf('democratic-emails-hacked'));
  await expect(full.getByRole('button', { name: 'Clear all filters' })).toBeEnabled();
});

test('the code from the Embed button, pasted into an article, shows the view it was made for', async ({ article: open, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const event = eventById('internet-cut-off');
  await page.goto(`/events/${event.id}/?tags=${event.tags[0]}`);
  const button = page.getByRole('button', { name: 'Embed' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`The frame opens at “${event.title}”, with the filters set here`);
  const copy = dialog.getByRole('button', { name: 'Copy code' });
  await expect(copy).toBeFocused();

  // Focus stays in the dialog, both ways round.
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `focus after ${key}`).toBe(true);
  }

  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  const snippet = await code.inputValue();
  expect(snippet).toContain(`<iframe src="${baseURL}/embed/?event=${event.id}&amp;tags=${event.tags[0]}" title="${FRAME_TITLE}"`);
  expect(snippet).toMatch(/ width="100%" height="\d+" .*loading="lazy"/);
  expect(snippet).toContain(`<script src="${baseURL}/embed.js" async></script>`);
  await copy.click();
  await expect(dialog.getByRole('status')).toHaveText(/^Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  const withScript = dialog.getByRole('checkbox', { name: 'Include embed.js' });
  await withScript.uncheck();
  await expect(code).not.toHaveValue(/<script/);
  await withScript.check();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(event.title);

  const article = await open({ snippet });
  await expect(article.panelHeading).toHaveText(event.title);
  await expect(article.frame.getByRole('status').filter({ hasText: /events$/ })).toHaveText(/^\d+ of \d+ events$/);
  await article.fittedHeight();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the frame shows every event, each link opening a new tab, and the way to the full site', async ({ article: open, baseURL }) => {
    const article = await open({ hash: '#event=sessions-priority' });
    await expect(article.frame.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    const list = article.frame.getByRole('region', { name: `All ${dataset.events.length} events` });
    await expect(list.getByRole('listitem')).toHaveCount(dataset.events.length);
    const link = list.getByRole('link', { name: titleOf('sessions-priority') });
    await expect(link).toHaveAttribute('href', '/events/sessions-priority/');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(article.frame.getByRole('link', { name: /Open the full timeline/ })).toHaveAttribute('href', '/');
    expect((await article.iframe.boundingBox())!.height).toBe(650);
    expect(new URL(baseURL!).origin).not.toBe(HOST);
  });
});

base('the full site refuses to be framed; the embed may be', async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors 'none'/.test(message.text())) refused.push(message.text());
  });
  const article = await openArticle(page, new URL(baseURL!).origin, {
    extra: `<iframe src="${baseURL}/" title="Home page"></iframe><iframe src="${baseURL}/events/internet-cut-off/" title="Event page"></iframe>`,
  });
  await expect(article.frame.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  await expect.poll(() => refused.length).toBe(2);
  for (const title of ['Home page', 'Event page']) {
    await expect(page.locator(`iframe[title="${title}"]`).contentFrame().getByText(dataset.title)).toHaveCount(0);
  }
});
