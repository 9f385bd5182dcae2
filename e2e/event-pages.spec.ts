import { expect, test } from '@playwright/test';
import { dataset, eventById } from './support/dataset';

/** Reads a PNG's size from its IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).toString('hex'), 'a PNG signature').toBe('89504e470d0a1a0a');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test.describe('an event page with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const event of dataset.events) {
    test(`${event.id} shows its title, date, quote and source link`, async ({ page }) => {
      const response = await page.goto(`/events/${event.id}/`);
      expect(response?.status()).toBe(200);
      const panel = page.getByRole('complementary');
      await expect(panel.getByRole('heading', { level: 2, name: event.title, exact: true })).toBeVisible();
      await expect(panel.locator(`time[datetime="${event.date}"]`).first()).toBeVisible();
      await expect(panel.getByText(event.sources[0]!.quote, { exact: true }).first()).toBeVisible();
      const article = dataset.articles.find((a) => a.id === event.sources[0]!.article)!;
      await expect(panel.getByRole('link', { name: new RegExp(`^${article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first()).toHaveAttribute('href', article.url);
      expect(await page.title()).toBe(`${event.title} — ${dataset.title}`);
    });
  }

  test('without JavaScript the desktop home page says what JavaScript adds and keeps no blank bands for it', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/');
    const note = page.getByText('With JavaScript on, this becomes the interactive timeline.');
    await expect(note).toBeVisible();
    // The band holding the note is as tall as the note and its padding, not the explorer's filter bar.
    const band = await note.evaluate((el) => {
      const bar = el.parentElement!.getBoundingClientRect();
      return { bar: bar.height, note: el.getBoundingClientRect().height };
    });
    expect(band.bar, 'the note’s band is not a reserved blank').toBeLessThan(band.note + 24);
    const actions = await page.locator('.static-actions').evaluate((el) => el.getBoundingClientRect().height);
    expect(actions, 'no empty room for the explorer’s buttons').toBe(0);
  });

  test('the home page lists every event with a link to its page', async ({ page }) => {
    await page.goto('/');
    const list = page.getByRole('region', { name: `All ${dataset.events.length} events` });
    await expect(list.getByRole('listitem')).toHaveCount(dataset.events.length);
    const event = eventById('sessions-priority');
    await list.getByRole('link', { name: event.title }).click();
    await expect(page).toHaveURL(/\/events\/sessions-priority\/$/);
    await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  });
});

test('with JavaScript on, the hint about JavaScript is never shown, even before the explorer takes over', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  // The explorer's code held back: the static page as it stands until then.
  await page.route('**/assets/*.js', (route) => new Promise((resolve) => setTimeout(() => resolve(route.continue()), 1_500)));
  await page.goto('/', { waitUntil: 'commit' });
  const note = page.getByText('With JavaScript on, this becomes the interactive timeline.');
  await expect(note).toBeAttached();
  await expect(note).toBeHidden();
});

test('an event page has absolute Open Graph and Twitter tags, JSON-LD, and a 1200×630 preview image', async ({ page, request }) => {
  const event = eventById('internet-cut-off');
  await page.goto(`/events/${event.id}/`);
  const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
  for (const key of ['og:url', 'og:image', 'twitter:image']) expect(await meta(key)).toMatch(/^https?:\/\/[^/]+\/.+/);
  expect(await meta('og:type')).toBe('article');
  expect(await meta('og:title')).toBe(`${event.title} — ${dataset.title}`);
  expect(await meta('og:description')).toBeTruthy();
  expect(await meta('og:image:width')).toBe('1200');
  expect(await meta('og:image:height')).toBe('630');
  expect(await meta('og:image:alt')).toContain(event.title);
  expect(await meta('twitter:card')).toBe('summary_large_image');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(await meta('og:url'));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
  expect(jsonLd).toMatchObject({ '@type': 'ItemPage', name: event.title, mainEntity: { '@type': 'Event', startDate: '2016-10-16' } });

  const image = await request.get(new URL((await meta('og:image'))!).pathname);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
});

test('with JavaScript on, an event page opens the explorer on that event', async ({ page }) => {
  const event = eventById('mistaken-filing');
  await page.goto(`/events/${event.id}/?tags=${event.tags[0]}`);
  await expect(page.getByRole('region', { name: 'Timeline canvas' }).or(page.getByRole('list', { name: /events/i })).first()).toBeVisible();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/events/${event.id}/`);
});

test('on a wide screen, the header and the open event stay in place when the explorer takes over the static page', async ({ page }) => {
  const event = eventById('internet-cut-off');
  await page.setViewportSize({ width: 1366, height: 900 });
  // The explorer's code is held back until the static page has been measured.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  /** Where a reader sees the header's bottom edge and the event's title. */
  const positions = async () => {
    const heading = await page.getByRole('complementary').getByRole('heading', { level: 2, name: event.title }).boundingBox();
    const header = await page.getByRole('banner').boundingBox();
    return { title: heading!.y, headerEnd: header!.y + header!.height };
  };
  await page.goto(`/events/${event.id}/`, { waitUntil: 'commit' });
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  const before = await positions();
  release();
  await expect(page.getByRole('button', { name: 'Close event' })).toBeVisible();
  const after = await positions();
  expect(Math.abs(after.headerEnd - before.headerEnd), 'the header keeps its height').toBeLessThanOrEqual(2);
  expect(Math.abs(after.title - before.title), "the event's title does not move").toBeLessThanOrEqual(2);
});

test('an older ?event= link lands on the event\'s own address', async ({ page }) => {
  await page.goto('/?event=ecuador-statement&view=list');
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(eventById('ecuador-statement').title);
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe('/events/ecuador-statement/?view=list');
});

test('an unknown event path is a not-found page with a link home', async ({ page }) => {
  const response = await page.goto('/events/no-such-event/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
  await page.getByRole('link', { name: /home page/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Assange');
});

test('sitemap.xml lists every page, events, actors, about and corrections, and robots.txt names it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const pages = [...dataset.events.map((e) => `/events/${e.id}/`), ...dataset.actors.map((a) => `/actors/${a.id}/`), '/about/', '/corrections/'];
  expect(locs).toEqual(['/', ...pages.sort((a, b) => locs.indexOf(a) - locs.indexOf(b))]);
  expect(new Set(locs).size).toBe(pages.length + 1);
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toMatch(/text\/plain/);
  expect(await robots.text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

test('the pages are served with the production headers', async ({ request }) => {
  const response = await request.get('/events/internet-cut-off/');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('every page refuses to be framed but the embed, which any site may frame', async ({ request }) => {
  // The policy is two: the app's own (every response), then one that only says who may frame.
  const frameAncestors = (policy = '') => /(?:^|[;,]\s*)frame-ancestors ([^;,]*)/.exec(policy)?.[1];
  for (const path of ['/', '/index.html', '/events/internet-cut-off/', '/404.html', '/events/no-such-event/']) {
    const headers = (await request.get(path)).headers();
    expect(frameAncestors(headers['content-security-policy']), path).toBe("'none'");
    expect(headers['content-security-policy']?.split(', ').filter((p) => p.includes('frame-ancestors')), path).toHaveLength(1);
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
  for (const path of ['/embed/', '/embed/index.html', '/embed/?event=internet-cut-off']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(frameAncestors(response.headers()['content-security-policy']), path).toBe('*');
    // Browsers ignore X-Frame-Options where a policy names frame-ancestors; embed.spec.ts frames it.
    expect(response.headers()['content-security-policy'], path).toMatch(/^default-src 'self'; script-src 'self';/);
  }
  const script = await request.get('/embed.js');
  expect(script.headers()['content-type']).toMatch(/javascript/);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
});
