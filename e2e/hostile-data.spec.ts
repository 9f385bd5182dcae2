import type { Page } from '@playwright/test';
import {
  HOSTILE_ARTICLE,
  HOSTILE_STORY,
  HUGE_MARKER,
  JS_TITLE_ARTICLE,
  PAYLOADS,
  PAYLOAD_KEYS,
  actorName,
  eventSummary,
  eventTitle,
  hostileDataset,
  tagLabel,
} from './fixtures/hostile-dataset';
import { installGuards, type PageGuards } from './fixtures/page-guards';
import { escape, expect, test } from './support/fixtures';

/**
 * A dataset full of markup, script URLs, bidi overrides and 120 KB of text,
 * loaded through the real app: everything must render as literal text and
 * nothing may run, load or be injected.
 */

const data = hostileDataset();
const TOTAL = data.events.length;

async function serveHostileDataset(page: Page): Promise<void> {
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: data }));
}

/** Elements that would be there only if text had been parsed as HTML. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const own = (el: Element) =>
      (el.localName === 'script' && el.getAttribute('src')?.startsWith('/assets/') && !el.textContent) ||
      (el.localName === 'link' && /^\/(assets\/|favicon|data\/timeline(\.index)?\.json$)/.test(el.getAttribute('href') ?? '')) ||
      // Code the app fetches on demand: Vite's links to its own built chunks, written as absolute URLs.
      (el.localName === 'link' && /^(modulepreload|stylesheet)$/.test(el.getAttribute('rel') ?? '') && (el as HTMLLinkElement).href.startsWith(`${location.origin}/assets/`)) ||
      (el.localName === 'meta' && el.parentElement === document.head) ||
      // The page's own head, written at build time from the bundled dataset.
      (el.parentElement === document.head && (el.getAttribute('rel') === 'canonical' || el.getAttribute('type') === 'application/ld+json')) ||
      // The web app manifest (issue 24) and the feeds and calendar (issue 23), linked from the template's head.
      (el.parentElement === document.head && el.getAttribute('rel') === 'manifest' && el.getAttribute('href') === '/manifest.webmanifest') ||
      (el.parentElement === document.head && el.getAttribute('rel') === 'alternate' && /\/(feed\.atom|feed\.json|timeline\.ics)$/.test(el.getAttribute('href') ?? '')) ||
      // The page's language and its one address for every language (issue 22), written at build time.
      (el.parentElement === document.head && el.getAttribute('rel') === 'alternate' && el.hasAttribute('hreflang') && el.getAttribute('href') === document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    const dangerous = document.querySelectorAll('script, img, svg, iframe, frame, object, embed, math, style, link, base, meta, form, video, audio');
    const withHandlers = [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')));
    return [...new Set([...dangerous, ...withHandlers])].filter((el) => !own(el)).map((el) => el.outerHTML.slice(0, 160));
  });
}

async function expectNothingRan(page: Page, guards: PageGuards): Promise<void> {
  expect(guards.dialogs, 'dialogs opened').toEqual([]);
  expect(await guards.pwned(), 'payload effects').toEqual({ pwned: undefined, calls: [] });
  expect(await injectedElements(page), 'elements injected into the page').toEqual([]);
  expect(await guards.addedDangerousElements(), 'dangerous elements added at any time').toEqual([]);
  expect(await guards.cspViolations(), 'CSP violations (a payload tried to run or load)').toEqual([]);
  // Links: only http(s) out, a fragment of this page (the skip link), a page of this site named by a slug,
  // or one of the site's own fixed pages (about, corrections).
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const sitePage = /^\/(?:(?:events|actors)\/[a-z0-9]+(?:-[a-z0-9]+)*\/|(?:about|corrections)\/)?(?:\?[a-z]+=[a-z0-9,-]+(?:&[a-z]+=[a-z0-9,-]+)*)?$/;
  // The one other scheme is the site's own calendar to subscribe to (webcal: is how calendars are handed it).
  const ownCalendar = `webcal://${new URL(page.url()).host}/timeline.ics`;
  expect(hrefs.filter((href) => !/^https?:\/\//.test(href) && !/^#[\w-]+$/.test(href) && !sitePage.test(href) && href !== ownCalendar), 'links that are not http(s)').toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(guards.requests.filter((url) => !url.startsWith(`${origin}/`)), 'requests to other origins').toEqual([]);
}

test.describe('hostile text in every field of the data', () => {
  let guards: PageGuards;

  test.beforeEach(async ({ page }) => {
    guards = await installGuards(page);
    await serveHostileDataset(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
    await expect(page.getByRole('status').filter({ hasText: /events/ })).toHaveText(`All ${TOTAL} events`);
  });

  test('the header, legend, timeline items and actor lanes show the payloads as text', async ({ page }) => {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(data.title);
    expect(await page.title()).toBe(data.title);
    await expect(page.getByText(data.description, { exact: true })).toBeVisible();

    // The legend lists every tag label, verbatim.
    const legend = page.getByRole('list', { name: 'Colours by tag' }).getByRole('listitem');
    expect(await legend.allTextContents()).toEqual(PAYLOAD_KEYS.map(tagLabel));

    // Timeline items are drawn from text nodes; their names carry the raw titles.
    const canvas = page.getByRole('region', { name: 'Timeline canvas' });
    await expect(canvas.locator('[data-event-id]')).toHaveCount(TOTAL);
    for (const key of ['script', 'img', 'svg', 'bidi'] as const) {
      await expect(canvas.getByRole('button', { name: new RegExp(`^${escape(eventTitle(key))},`) })).toHaveCount(1);
    }

    // Lanes by actor: lane labels are the actor names, as text.
    await page.getByRole('checkbox', { name: 'Lanes by actor' }).check();
    await expect(canvas.locator('.vis-label')).toHaveCount(PAYLOAD_KEYS.length);
    expect((await canvas.locator('.vis-label .lane-name').allTextContents()).sort()).toEqual(PAYLOAD_KEYS.map(actorName).sort());

    // The actor filter lists the names and descriptions, as text.
    await page.getByRole('button', { name: /^Actors/ }).click();
    const options = page.getByRole('group', { name: 'Actors' });
    for (const key of PAYLOAD_KEYS) await expect(options.getByText(actorName(key), { exact: true })).toBeVisible();
    await page.keyboard.press('Escape');

    await expectNothingRan(page, guards);
  });

  test('every event, selected from the list, shows its title, summary, actor and sources as text', async ({ page }) => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.getByRole('region', { name: 'Events' }).getByRole('listitem').getByRole('button');
    await expect(rows).toHaveCount(TOTAL);
    const panel = page.getByRole('complementary');

    for (const key of PAYLOAD_KEYS) {
      const title = eventTitle(key);
      await rows.filter({ hasText: title }).click();
      const heading = panel.getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(title);
      expect(await heading.textContent(), key).toBe(title);
      expect(await panel.locator('.summary').textContent(), key).toBe(eventSummary(key));
      const actor = panel.getByRole('region', { name: 'Actors' }).getByRole('link');
      await expect(actor).toHaveCount(1);
      expect(await actor.textContent(), key).toBe(actorName(key));
      await expect(actor).toHaveAttribute('href', `/actors/${data.events.find((e) => e.title === title)!.actors[0]}/`);
      await expect(panel.getByText(`about ${key}: ${PAYLOADS[key]} is quoted`, { exact: true })).toBeVisible();
      await expect(panel.getByText(`How the date was worked out: Basis ${PAYLOADS[key]}`, { exact: true })).toBeVisible();
      // The article titled like a script URL is a plain https link.
      const jsTitle = panel.getByRole('link', { name: `${JS_TITLE_ARTICLE.title} (opens in a new tab)` });
      await expect(jsTitle).toHaveAttribute('href', new URL(JS_TITLE_ARTICLE.url).href);
    }
    await expectNothingRan(page, guards);
  });

  test('the article reader shows hostile headline, outlet, byline and paragraphs as text', async ({ page }) => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('button').filter({ hasText: eventTitle('img') }).click();
    const panel = page.getByRole('complementary');
    await panel.getByRole('button', { name: 'Read the article' }).first().click();

    const reader = page.getByRole('dialog', { name: HOSTILE_ARTICLE.title });
    await expect(reader).toBeVisible();
    expect(await reader.getByRole('heading', { level: 2 }).textContent()).toBe(HOSTILE_ARTICLE.title);
    await expect(reader.getByText(HOSTILE_ARTICLE.outlet, { exact: true })).toBeVisible();
    await expect(reader.getByText(`By ${HOSTILE_ARTICLE.byline.join(', ')}`)).toBeVisible();
    await expect(reader.getByText(`Publication date: ${HOSTILE_ARTICLE.publishedNote}`)).toBeVisible();
    // The quoted passage is marked, as text.
    await expect(reader.locator('mark')).toHaveText(`about img: ${PAYLOADS.img} is quoted`);
    // Every paragraph is there, verbatim.
    const paragraphs = await reader.locator('.reader-text p').allTextContents();
    expect(paragraphs).toEqual(data.articles[0]!.paragraphs);
    // The source link is the normalised https URL; its query is escaped, not markup.
    await expect(reader.getByRole('link', { name: /^Original article/ })).toHaveAttribute('href', new URL(HOSTILE_ARTICLE.url).href);
    await reader.getByRole('button', { name: 'Close article' }).click();
    await expect(reader).toBeHidden();
    await expectNothingRan(page, guards);
  });

  test('the disputed event and its 120 KB article render as text', async ({ page }) => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const disputed = data.events.at(-1)!;
    await page.getByRole('button').filter({ hasText: disputed.title }).click();
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(disputed.title);
    const dispute = disputed.disputes![0]!;
    await expect(panel.getByRole('heading', { level: 4, name: dispute.question })).toBeVisible();
    for (const position of dispute.positions) await expect(panel.getByText(position.statement, { exact: true })).toBeVisible();

    await panel.getByRole('button', { name: 'Read the article' }).click();
    const huge = data.articles[2]!;
    const reader = page.getByRole('dialog', { name: huge.title });
    await expect(reader).toBeVisible();
    await expect(reader.locator('mark')).toHaveText(HUGE_MARKER);
    await expect(reader.locator('mark')).toBeInViewport();
    const paragraphs = await reader.locator('.reader-text p').allTextContents();
    expect(paragraphs.map((p) => p.length)).toEqual(huge.paragraphs!.map((p) => p.length));
    expect(paragraphs.join('').length).toBeGreaterThan(100_000);
    expect(paragraphs).toEqual(huge.paragraphs);
    await expectNothingRan(page, guards);
  });

  test('a story and an actor page show the payloads as text', async ({ page }) => {
    await page.getByRole('button', { name: 'Stories' }).click();
    const menu = page.getByRole('navigation', { name: 'Stories' });
    expect(await menu.locator('.story-link-title').textContent()).toBe(HOSTILE_STORY.title);
    expect(await menu.locator('.story-link-summary').textContent()).toBe(HOSTILE_STORY.summary);
    await expectNothingRan(page, guards);
    await menu.getByRole('link').click();
    const panel = page.getByRole('complementary');
    for (const [i, step] of HOSTILE_STORY.steps.entries()) {
      if (i > 0) await panel.getByRole('button', { name: 'Next', exact: true }).click();
      const lead = panel.getByRole('region', { name: `Story: ${HOSTILE_STORY.title}` });
      await expect(lead.locator('.story-note')).toHaveText(step.note);
      expect(await lead.locator('.story-note').textContent()).toBe(step.note);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(data.events.find((e) => e.id === step.event)!.title);
    }
    await expectNothingRan(page, guards);

    const disputed = data.events.find((e) => e.id === HOSTILE_STORY.steps[1]!.event)!;
    const actor = data.actors.find((a) => a.id === disputed.actors[0])!;
    await panel.getByRole('region', { name: 'Actors' }).getByRole('link', { name: actor.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/actors/${actor.id}/$`));
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(actor.name);
    expect(await page.locator('.actor-description').textContent()).toBe(actor.description);
    expect(await page.title()).toBe(`${actor.name} — ${data.title}`);
    await expect(page.getByRole('region', { name: /^Sides taken in disputes/ }).getByRole('heading', { level: 4 })).toHaveText(disputed.disputes![0]!.question);
    await expectNothingRan(page, guards);
  });

  test('searching for markup highlights it as text', async ({ page }) => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('<script>');
    await expect(page.getByRole('status').filter({ hasText: /events/ })).toHaveText(new RegExp(`^\\d+ of ${TOTAL} events$`));
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const marks = page.getByRole('region', { name: 'Events' }).locator('mark');
    await expect(marks.first()).toHaveText('<script>');
    await page.getByRole('searchbox', { name: 'Search' }).fill('javascript:');
    await expect(page.getByRole('region', { name: 'Events' }).locator('mark').first()).toHaveText('javascript:');
    await expectNothingRan(page, guards);
  });
});
