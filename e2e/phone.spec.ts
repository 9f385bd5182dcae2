import { generateDataset } from '../bench/synthetic';
import { dataset, eventById } from './support/dataset';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** Issue 11: a timeline that reads on a phone. */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('the first screen shows at least five whole event titles, and nothing scrolls sideways', async ({ explorer, page }) => {
  await explorer.open();
  const titles = explorer.verticalTimeline.locator('.v-title');
  await expect(titles.first()).toBeVisible();
  // The desktop widget and its zoom controls are not on the phone.
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
  for (let i = 0; i < 5; i++) {
    const title = titles.nth(i);
    const box = (await title.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height, `title ${i + 1} ends inside the first screen`).toBeLessThanOrEqual(844);
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight), `title ${i + 1} is not cut`).toBe(true);
  }
});

test('the site’s description is one tap away, at the end of the title, and folds again', async ({ explorer, page }) => {
  await explorer.open();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveAccessibleName(dataset.title);
  const description = page.getByText(dataset.description, { exact: true });
  await expect(description).toBeHidden();
  const about = heading.getByRole('button', { name: 'About' });
  // In the title's last line: folded, the header is no taller than the title.
  const [box, title, button] = [(await heading.boundingBox())!, (await heading.locator('span').first().boundingBox())!, (await about.boundingBox())!];
  expect(box.height).toBeLessThanOrEqual(title.height + 2);
  expect(button.y + button.height).toBeLessThanOrEqual(box.y + box.height + 1);
  expect(button.y + button.height / 2).toBeGreaterThan(title.y + title.height / 2);
  await about.click();
  await expect(about).toHaveAttribute('aria-expanded', 'true');
  await expect(description).toBeVisible();
  await expect(description).toBeInViewport();
  await about.click();
  await expect(description).toBeHidden();
});

test('cards show the date, its precision, the tag and the disputed flag; empty years are compressed', async ({ explorer }) => {
  await explorer.open();
  const cut = explorer.card(eventById('internet-cut-off').title);
  await expect(cut).toContainText('16 Oct 2016');
  await expect(cut).toContainText('Asylum & embassy');
  await expect(cut).toContainText('disputed');
  await expect(cut.locator('.v-mark')).toHaveClass(/is-day/);
  await expect(explorer.card(eventById('state-department-denial').title)).toContainText('c. 18 Oct 2016');
  await expect(explorer.card(eventById('mistaken-filing').title).locator('.v-mark')).toHaveClass(/is-vague/);
  const period = explorer.card(eventById('direct-messages').title);
  await expect(period).toContainText('Sep 2016 – Jul 2017');
  await expect(period.locator('.v-mark')).toHaveClass(/is-interval/);
  await expect(explorer.verticalTimeline.getByText('2013–2015 · no events')).toBeVisible();
});

test('a tap opens the event as a sheet; Back closes it, and so does Escape', async ({ explorer, page }) => {
  const event = eventById('internet-cut-off');
  await explorer.open();
  const card = explorer.card(event.title);
  await card.scrollIntoViewIfNeeded();
  await card.tap();
  await expect(explorer.panelHeading()).toHaveText(event.title);
  await expect(explorer.panel).toHaveAccessibleName(event.title);
  await expect(explorer.panelHeading()).toBeFocused();
  await expect(page).toHaveURL(/\/events\/internet-cut-off\//);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);

  await page.goBack();
  await expect(explorer.panel).toBeHidden();
  await expect(page).not.toHaveURL(/\/events\//);

  await card.tap();
  await expect(explorer.panelHeading()).toHaveText(event.title);
  await page.keyboard.press('Escape');
  await expect(explorer.panel).toBeHidden();
  await expect(card).toBeFocused();
});

test('the filters fold into one button that counts them and opens a sheet', async ({ explorer, page }) => {
  const tag = dataset.tags.find((t) => t.id === 'asylum-embassy')!;
  const tagged = dataset.events.filter((e) => e.tags.includes(tag.id));
  await explorer.open();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const sheet = page.getByRole('dialog', { name: 'Filter events' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  await sheet.getByRole('button', { name: /^Tags/ }).click();
  await sheet.getByRole('group', { name: 'Tags' }).getByRole('checkbox', { name: new RegExp(`^${tag.label}`) }).check();
  await expect(sheet.getByRole('button', { name: `Show ${tagged.length} events` })).toBeVisible();
  await sheet.getByRole('button', { name: `Show ${tagged.length} events` }).click();
  await expect(sheet).toBeHidden();
  await expect(explorer.count).toHaveText(`${tagged.length} of ${dataset.events.length} events`);
  await expect(explorer.verticalTimeline.locator('.v-card')).toHaveCount(tagged.length);
  await expect(page).toHaveURL(new RegExp(`tags=${tag.id}`));

  const button = page.getByRole('button', { name: 'Filter, 1 active' });
  await expect(button).toBeFocused();
  await button.click();
  await sheet.getByRole('searchbox', { name: 'Search' }).fill('embassy');
  // (Escape inside a search field clears it first, as browsers do; from elsewhere it closes the sheet.)
  await sheet.getByRole('button', { name: /^Tags/ }).focus();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filter, 2 active' })).toBeVisible();
  await expect(page).toHaveURL(/q=embassy/);
});

test('scrolling the timeline moves the overview and the address', async ({ explorer }) => {
  await explorer.open();
  const before = await explorer.overview.getAttribute('aria-valuetext');
  await explorer.verticalTimeline.locator('.v-scroller').evaluate((el) => el.scrollBy(0, 1500));
  await expect(explorer.overview).not.toHaveAttribute('aria-valuetext', before!);
  // The address follows once scrolling settles: its window starts in the years now on screen.
  await expect
    .poll(async () => {
      const window = await explorer.urlWindow();
      return window ? new Date(window.start).getUTCFullYear() : null;
    })
    .toBeGreaterThanOrEqual(2016);
});

test('while the reader scrolls down the events, fixed chrome takes at most a fifth of the screen, and the events do not jump', async ({ explorer, page }) => {
  await explorer.open();
  const scroller = explorer.verticalTimeline.locator('.v-scroller');
  const heading = page.getByRole('heading', { level: 1 });
  const listTop = async () => (await scroller.boundingBox())!.y;
  await expect(explorer.card(eventById('internet-cut-off').title)).toBeAttached();
  const atRest = await listTop();
  await expect(heading).toBeInViewport();
  // A card well down the list, followed as the list scrolls under the reader's wheel.
  const card = explorer.card(eventById('internet-cut-off').title);
  const cardY = async () => (await card.boundingBox())!.y;
  const start = await cardY();
  await page.mouse.move(195, 600);
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(120);
  }
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect.poll(listTop, 'the header tucks away').toBeLessThanOrEqual(0.2 * 844);
  await expect(heading).not.toBeInViewport();
  expect(atRest, 'the whole chrome is more than a fifth').toBeGreaterThan(0.2 * 844);
  // The card moved by the 400 px scrolled, not by that and the header's height too.
  expect(Math.abs(start - 400 - (await cardY())), 'events stay under the reader’s finger').toBeLessThanOrEqual(2);
  // The filter strip and the overview stay.
  await expect(page.getByRole('button', { name: /^Filter/ })).toBeInViewport();
  await expect(explorer.overview).toBeInViewport();

  // Scrolling back up brings the header back, again without moving the events.
  const beforeUp = await cardY();
  await page.mouse.wheel(0, -60);
  await expect(heading).toBeInViewport();
  await expect.poll(async () => Math.abs(beforeUp + 60 - (await cardY()))).toBeLessThanOrEqual(2);
  expect(await listTop()).toBeCloseTo(atRest, 0);
});

test('the tucked header comes back when focus moves into it', async ({ explorer, page }) => {
  await explorer.open();
  // The wheel is the explorer's list's: on the static page, or before the cards are in, it scrolls nothing.
  await explorer.untilTakenOver();
  await expect(explorer.card(eventById('internet-cut-off').title)).toBeAttached();
  await page.mouse.move(195, 600);
  const heading = page.getByRole('heading', { level: 1 });
  // Wheeled until the header tucks away, as a reader goes on scrolling: a busy machine can take a turn to answer.
  await expect(async () => {
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(120);
    }
    await expect(heading).not.toBeInViewport({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole('button', { name: /^Filter/ }).focus();
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName('List');
  await expect(focused).toBeInViewport();
  await expect(heading).toBeInViewport();
});

test('a window set on the overview scrolls the timeline there', async ({ explorer, page }) => {
  await explorer.open();
  await explorer.overview.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  await page.keyboard.press('End');
  // About the last year of the span is chosen: the list scrolls to its events.
  await expect(explorer.card(eventById('mueller-investigation').title)).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious at 390 px, ${scheme} theme: first screen, event sheet, filter sheet`, async ({ explorer, page }) => {
    // Three full axe passes: on a busy two-core machine that outlasts the default 30 s.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await explorer.open();
    expect(await seriousViolations(page)).toEqual([]);
    await explorer.card(eventById('atlantic-report').title).tap();
    await expect(explorer.panelHeading()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Filter events' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('with 5,000 events', () => {
  const big = generateDataset(5_000);
  test.beforeEach(async ({ page }) => {
    await page.route('**/data/timeline.json', (route) => route.fulfill({ json: big }));
  });

  test('only the cards in view exist, headers stay pinned, and the overview still scrolls the list', async ({ explorer, page }) => {
    await page.goto('/');
    await expect(explorer.count).toHaveText('All 5,000 events');
    const cards = explorer.verticalTimeline.locator('.v-card');
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeLessThan(60);
    const pinned = explorer.verticalTimeline.locator('.v-pinned');
    await expect(pinned).toHaveText(/^\d{4}/);
    const before = await pinned.textContent();
    await explorer.overview.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await page.keyboard.press('End');
    await expect(pinned).not.toHaveText(before!);
    // The list glides to the end: read the pinned year once it has arrived, not on the way.
    await expect.poll(async () => Number(/^\d{4}/.exec((await pinned.textContent()) ?? '')?.[0] ?? 0)).toBeGreaterThanOrEqual(2023);
    expect(await cards.count()).toBeLessThan(60);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test('after a filter, the overview and the address show the period the list shows', async ({ explorer, page }) => {
  await explorer.open();
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const sheet = page.getByRole('dialog', { name: 'Filter events' });
  await sheet.getByRole('searchbox', { name: 'Search' }).fill('Trump Jr');
  await sheet.getByRole('button', { name: /^Show \d+ events?$/ }).click();
  await expect(sheet).toBeHidden();
  // The years of the cards on screen now.
  const years = await explorer.verticalTimeline.locator('.v-scroller').evaluate((scroller) => {
    const box = scroller.getBoundingClientRect();
    const inView = [...scroller.querySelectorAll<HTMLElement>('.v-card')].filter((card) => {
      const own = card.getBoundingClientRect();
      return own.bottom > box.top && own.top < box.bottom;
    });
    return inView.map((card) => card.closest('.v-year')?.querySelector('.v-year-head')?.textContent?.match(/\d{4}/)?.[0]).filter(Boolean).map(Number);
  });
  expect(years.length).toBeGreaterThan(0);
  const first = Math.min(...years);
  await expect.poll(async () => (await explorer.urlWindow()) && new Date((await explorer.urlWindow())!.start).getUTCFullYear(), { message: 'the address starts in the first year on screen' }).toBe(first);
  await expect(explorer.overview, 'the brush names the same period').toHaveAttribute('aria-valuetext', new RegExp(`^\\S* ?\\S* ?${first}`));
});
