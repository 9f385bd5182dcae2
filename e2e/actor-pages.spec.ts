import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { actorName, dataset, eventById, startOf } from './support/dataset';
import { escape } from './support/fixtures';

/** Issue 12: a page for each actor, at /actors/<id>/, with JavaScript off and on. */

/** What the dataset file says an actor's page must list. */
function expected(id: string) {
  const events = dataset.events.filter((e) => e.actors.includes(id));
  const positions = dataset.events.flatMap((event) =>
    (event.disputes ?? []).flatMap((dispute) => dispute.positions.filter((p) => p.actor === id).map((position) => ({ event, dispute, position }))),
  );
  return { events, positions };
}

/** The actors with most to show, and one with no dispute, so both kinds of page are covered. */
const withDisputes = dataset.actors.filter((a) => expected(a.id).positions.length > 0).map((a) => a.id);
const without = dataset.actors.find((a) => expected(a.id).positions.length === 0 && expected(a.id).events.length > 0)!.id;
const ACTORS = ['julian-assange', 'government-of-ecuador', 'mike-pompeo', without].filter((id, i, all) => all.indexOf(id) === i);

async function expectActorPage(page: Page, id: string) {
  const actor = dataset.actors.find((a) => a.id === id)!;
  const { events, positions } = expected(id);
  await expect(page.getByRole('heading', { level: 2, name: actor.name, exact: true })).toBeVisible();
  await expect(page.getByText(actor.description, { exact: true })).toBeVisible();

  const list = page.getByRole('region', { name: `Events (${events.length})` });
  const links = list.getByRole('listitem').getByRole('link');
  // Exactly these events, each linking to its page…
  await expect(links).toHaveCount(events.length);
  expect((await links.allTextContents()).sort()).toEqual(events.map((e) => e.title).sort());
  for (const event of events) await expect(list.getByRole('link', { name: event.title, exact: true })).toHaveAttribute('href', `/events/${event.id}/`);
  // …each with its date, in date order.
  const dates = await list.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect([...dates].sort()).toEqual(events.map((e) => e.date).sort());
  const starts = dates.map(startOf);
  expect(starts).toEqual([...starts].sort());

  if (positions.length === 0) {
    await expect(page.getByRole('region', { name: /^Sides taken in disputes/ })).toHaveCount(0);
  } else {
    const sides = page.getByRole('region', { name: `Sides taken in disputes (${positions.length})` });
    await expect(sides.getByRole('listitem')).toHaveCount(positions.length);
    for (const { event, dispute, position } of positions) {
      const item = sides.getByRole('listitem').filter({ has: page.getByRole('heading', { name: dispute.question, exact: true }) });
      await expect(item).toContainText(position.stance === 'asserts' ? 'Asserts' : 'Denies');
      await expect(item.getByText(position.statement, { exact: true })).toBeVisible();
      await expect(item.getByText(position.source.quote, { exact: true })).toBeVisible();
      const article = dataset.articles.find((a) => a.id === position.source.article)!;
      await expect(item.getByRole('link', { name: new RegExp(`^${escape(article.outlet)}`) })).toHaveAttribute('href', article.url);
      await expect(item.getByRole('link', { name: event.title, exact: true })).toHaveAttribute('href', `/events/${event.id}/`);
    }
  }
  await expect(page.getByRole('link', { name: `Show only ${actor.name}’s events` })).toHaveAttribute('href', `/?actors=${id}`);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of ACTORS) {
    test(`/actors/${id}/ lists exactly that actor’s events in date order, and their side in every dispute`, async ({ page }) => {
      const response = await page.goto(`/actors/${id}/`);
      expect(response?.status()).toBe(200);
      await expectActorPage(page, id);
      expect(await page.title()).toBe(`${actorName(id)} — ${dataset.title}`);
    });
  }

  test('every actor page exists and names its actor, and the companions are counted from shared events', async ({ page, request }) => {
    for (const actor of dataset.actors) {
      const response = await request.get(`/actors/${actor.id}/`);
      expect(response.status(), actor.id).toBe(200);
    }
    await page.goto('/actors/julian-assange/');
    const companions = page.getByRole('region', { name: 'Appears most often with' }).getByRole('listitem');
    const first = companions.first();
    const name = (await first.getByRole('link').textContent())!;
    const other = dataset.actors.find((a) => a.name === name)!;
    const shared = dataset.events.filter((e) => e.actors.includes('julian-assange') && e.actors.includes(other.id)).length;
    await expect(first).toContainText(`${shared} shared event`);
    // No one shares more events with him than the first one listed.
    for (const actor of dataset.actors.filter((a) => a.id !== 'julian-assange')) {
      expect(dataset.events.filter((e) => e.actors.includes('julian-assange') && e.actors.includes(actor.id)).length).toBeLessThanOrEqual(shared);
    }
    await first.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/actors/${other.id}/$`));
  });

  test('an event page links its actors to their pages', async ({ page }) => {
    const event = eventById('internet-cut-off');
    await page.goto(`/events/${event.id}/`);
    const actors = page.getByRole('region', { name: 'Actors' }).getByRole('link');
    await expect(actors).toHaveText(event.actors.map(actorName));
    await actors.filter({ hasText: actorName('john-kirby') }).click();
    await expect(page).toHaveURL(/\/actors\/john-kirby\/$/);
    await expectActorPage(page, 'john-kirby');
  });
});

/** A mark on the window that a page load would wipe: it tells a move in place from a full navigation. */
const markWindow = (page: Page) => page.evaluate(() => Object.assign(window, { __samePage: true }));
const sameWindow = (page: Page) => page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage === true);

test.describe('with JavaScript on', () => {
  test('the app shows the same actor page, and moves between it and events in place, with Back', async ({ page }) => {
    await page.goto('/actors/government-of-ecuador/');
    // The explorer has taken over (its header controls are there) and still shows the page.
    await expect(page.getByRole('button', { name: 'Stories' })).toBeVisible();
    await expectActorPage(page, 'government-of-ecuador');
    await expect(page.getByRole('heading', { level: 2, name: actorName('government-of-ecuador') })).toBeFocused();
    // The panel's N and P have no event to step from here.
    await page.keyboard.press('n');
    await expect(page).toHaveURL(/\/actors\/government-of-ecuador\/$/);

    const event = eventById('ecuador-statement');
    await markWindow(page);
    await page.getByRole('region', { name: /^Events/ }).getByRole('link', { name: event.title }).click();
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(event.title);
    await expect(page).toHaveURL(/\/events\/ecuador-statement\/$/);
    await expect(page.getByRole('region', { name: 'Timeline canvas' })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/actors\/government-of-ecuador\/$/);
    await expectActorPage(page, 'government-of-ecuador');
    expect(await page.title()).toBe(`${actorName('government-of-ecuador')} — ${dataset.title}`);
    expect(await sameWindow(page), 'moved in place, not by loading pages').toBe(true);
  });

  test('an actor’s name in the event panel opens their page; "Show only …" filters the explorer to them', async ({ page }) => {
    const event = eventById('sessions-priority');
    const id = 'jeff-sessions';
    await page.goto(`/events/${event.id}/`);
    // Until the app has taken over, the page is the static one and a click loads a new page.
    await expect(page.getByRole('button', { name: 'Stories' })).toBeVisible();
    await markWindow(page);
    const panel = page.getByRole('complementary');
    await panel.getByRole('region', { name: 'Actors' }).getByRole('link', { name: actorName(id) }).click();
    await expect(page).toHaveURL(new RegExp(`/actors/${id}/$`));
    await expectActorPage(page, id);

    await page.getByRole('link', { name: `Show only ${actorName(id)}’s events` }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?actors=${id}$`));
    const count = expected(id).events.length;
    await expect(page.getByRole('status').filter({ hasText: /events/ })).toHaveText(`${count} of ${dataset.events.length} events`);
    await expect(page.getByRole('button', { name: `Actors: ${actorName(id)}` })).toBeVisible();
    await page.goBack();
    await expectActorPage(page, id);
    expect(await sameWindow(page), 'moved in place, not by loading pages').toBe(true);
  });

  test('an unknown actor is the not-found page', async ({ page }) => {
    const response = await page.goto('/actors/no-such-actor/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
  });

  test('an actor page has absolute Open Graph and Twitter tags, JSON-LD and a 1200×630 card', async ({ page, request }) => {
    const id = withDisputes[0]!;
    await page.goto(`/actors/${id}/`);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title')).toBe(`${actorName(id)} — ${dataset.title}`);
    expect(await meta('og:url')).toMatch(new RegExp(`^https?://[^/]+/actors/${id}/$`));
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd).toMatchObject({ '@type': 'ProfilePage', mainEntity: { name: actorName(id) } });
    expect(jsonLd.mainEntity.subjectOf).toHaveLength(expected(id).events.length);
    const image = await request.get(new URL((await meta('og:image'))!).pathname);
    expect(image.headers()['content-type']).toBe('image/png');
    const body = await image.body();
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1366, 390]) {
    test(`axe finds nothing serious on an actor page, ${scheme} theme, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/actors/julian-assange/');
      await expect(page.getByRole('button', { name: 'Stories' })).toBeVisible();
      await expectActorPage(page, 'julian-assange');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
