import { TOTAL, actorName, dataset, eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

test.describe('loading and drawing', () => {
  test('draws every event of the bundled dataset on the timeline', async ({ explorer, page }) => {
    await explorer.open();
    await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
    await expect(page).toHaveTitle(/Assange/);
    // Everything is on screen at the initial "fit all" zoom: one item per event.
    await expect(explorer.timeline.locator('[data-event-id]')).toHaveCount(TOTAL);
    await expect(explorer.timelineItem(eventById('internet-cut-off').title)).toBeVisible();
  });

  test('labels say only as much as the sources give', async ({ explorer }) => {
    await explorer.open();
    // Day, month and year precision, approximate, and a range.
    await expect(explorer.timelineItem(eventById('internet-cut-off').title)).toHaveAccessibleName(/, 16 Oct 2016$/);
    await expect(explorer.timelineItem(eventById('mistaken-filing').title)).toHaveAccessibleName(/, Nov 2018$/);
    await expect(explorer.timelineItem(eventById('virginia-investigation-opens').title)).toHaveAccessibleName(/, 2010$/);
    await expect(explorer.timelineItem(eventById('state-department-denial').title)).toHaveAccessibleName(/, c\. 18 Oct 2016$/);
    await expect(explorer.timelineItem(eventById('sessions-priority').title)).toHaveAccessibleName(/, c\. Apr 2017$/);
    await expect(explorer.timelineItem(eventById('direct-messages').title)).toHaveAccessibleName(/, Sep 2016 – Jul 2017$/);
  });

  test('zoom buttons and keys change the visible period, and fit all brings everything back', async ({ explorer, page }) => {
    await explorer.open();
    const items = explorer.timeline.locator('[data-event-id]');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const width = () => {
      const url = new URL(page.url());
      return Date.parse(url.searchParams.get('end') ?? '') - Date.parse(url.searchParams.get('start') ?? '');
    };
    // Three halvings of the whole span (2010 to January 2019, about 9 years) leave about a year.
    const year = 366 * 86_400_000;
    await expect.poll(width).toBeLessThan(1.5 * year);
    await explorer.timeline.focus();
    await page.keyboard.press('-');
    await expect.poll(width).toBeGreaterThan(1.8 * year);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(page).not.toHaveURL(/start=/);
    await expect(items).toHaveCount(TOTAL);
  });

  test('lanes by actor draw one lane per actor', async ({ explorer, page }) => {
    await explorer.open();
    await page.getByRole('checkbox', { name: 'Lanes by actor' }).check();
    await expect(page).toHaveURL(/lanes=actors/);
    await expect(explorer.timeline.locator('.vis-label')).toHaveCount(dataset.actors.length);
    await expect(explorer.timeline.locator('.vis-label .lane-name').first()).toHaveText(dataset.actors[0]!.name);
  });

  test('a link with lanes opens in lanes, and a filter keeps only the lanes of the events shown', async ({ explorer }) => {
    const tag = 'congress';
    const events = dataset.events.filter((e) => e.tags.includes(tag));
    const actors = new Set(events.flatMap((e) => e.actors));
    await explorer.open(`?lanes=actors&tags=${tag}`);
    await expect(explorer.timeline.locator('.vis-label')).toHaveCount(actors.size);
    // Each lane draws its first row and counts the rest ("2 more"): together, one item per event and actor.
    const expected = events.reduce((n, e) => n + e.actors.length, 0);
    await expect(async () => {
      const drawn = await explorer.timeline.locator('[data-event-id]').count();
      const folded = await explorer.timeline.locator('.lane-more:not([hidden])').evaluateAll((els) => els.reduce((n, el) => n + Number.parseInt(el.textContent ?? '0', 10), 0));
      expect(drawn + folded).toBe(expected);
    }).toPass();
  });
});

test.describe('selecting an event', () => {
  test('a click on the timeline opens the panel with date, precision, actors and sources', async ({ explorer, page }) => {
    const event = eventById('internet-cut-off');
    await explorer.open();
    await (await explorer.revealItem(event.title)).click();
    await expect(explorer.panelHeading()).toHaveText(event.title);
    await expect(explorer.panel.getByText('16 October 2016')).toBeVisible();
    await expect(explorer.panel.getByText('Known to the day.')).toBeVisible();
    for (const actor of event.actors) {
      await expect(explorer.panel.getByRole('link', { name: actorName(actor), exact: true })).toHaveAttribute('href', `/actors/${actor}/`);
    }
    const source = event.sources[0]!;
    await expect(explorer.panel.getByRole('blockquote').first()).toBeVisible();
    await expect(explorer.panel.getByText(source.quote, { exact: false }).first()).toBeVisible();
    // The view moved to show the event beside the panel, so the link names the period too.
    await expect(page).toHaveURL(/\/events\/internet-cut-off\/\?start=[^&]+&end=[^&]+$/);
  });

  test('a source card links to the original in a new tab, safely', async ({ explorer }) => {
    const event = eventById('election-day-statement');
    const article = dataset.articles.find((a) => a.id === event.sources[0]!.article)!;
    await explorer.openEvent(event.id);
    const link = explorer.panel.getByRole('link', { name: new RegExp(article.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
    await expect(link).toHaveAttribute('href', article.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('"Read the article" shows the full text with the quote highlighted and in view', async ({ explorer, page }) => {
    const event = eventById('internet-cut-off');
    const source = event.sources[0]!;
    const article = dataset.articles.find((a) => a.id === source.article)!;
    await explorer.openEvent(event.id);
    await explorer.panel.getByRole('button', { name: 'Read the article' }).first().click();
    const dialog = page.getByRole('dialog', { name: article.title });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(article.paragraphs.at(-1)!.slice(0, 40))).toBeAttached();
    const mark = dialog.locator('mark').first();
    await expect(mark).toBeInViewport();
    const marked = (await dialog.locator('mark').allTextContents()).join(' … ');
    expect(source.quote).toContain(marked.split(' … ')[0]!);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(explorer.panelHeading()).toHaveText(event.title);
  });

  test('the reader keeps the article’s header in view with the quote, and N and P step through its quoted passages', async ({ explorer, page }) => {
    const event = eventById('internet-cut-off');
    const source = event.sources[0]!;
    const article = dataset.articles.find((a) => a.id === source.article)!;
    const quotedHere = new Set(dataset.events.flatMap((e) => [...e.sources, ...(e.disputes ?? []).flatMap((d) => d.positions.map((p) => p.source))]).filter((s) => s.article === article.id).map((s) => s.quote));
    expect(quotedHere.size).toBeGreaterThan(1);
    await explorer.openEvent(event.id);
    await explorer.panel.getByRole('button', { name: 'Read the article' }).first().click();
    const dialog = page.getByRole('dialog', { name: article.title });
    const headerInView = async () => {
      for (const part of [dialog.getByRole('heading', { name: article.title }), dialog.getByText(article.outlet, { exact: true }), dialog.getByRole('link', { name: 'Original article' })]) {
        await expect(part).toBeInViewport();
        // Not hidden under the text either: the header is on top where it stands.
        expect(await part.evaluate((el) => { const b = el.getBoundingClientRect(); const hit = document.elementFromPoint(b.left + 2, b.top + b.height / 2); return !!hit && (el.contains(hit) || hit.contains(el)); })).toBe(true);
      }
    };
    const mark = dialog.locator('mark').first();
    await expect(mark).toBeInViewport();
    await headerInView();
    const position = dialog.getByText(/^Quote \d+ of \d+$/);
    await expect(position).toHaveText(new RegExp(` of ${quotedHere.size}$`));
    const first = await mark.textContent();
    const at = Number(/Quote (\d+)/.exec((await position.textContent())!)![1]);
    await page.keyboard.press(at < quotedHere.size ? 'n' : 'p');
    await expect(position).toHaveText(`Quote ${at < quotedHere.size ? at + 1 : at - 1} of ${quotedHere.size}`);
    await expect(mark).not.toHaveText(first!);
    await expect(mark).toBeInViewport();
    await headerInView();
  });

  test('contested claims show both sides with who says it', async ({ explorer }) => {
    const event = eventById('internet-cut-off');
    const dispute = event.disputes![0]!;
    await explorer.openEvent(event.id);
    const region = explorer.panel.getByRole('region', { name: `Disputed: ${dispute.question}` });
    await expect(region.getByRole('heading', { name: 'Asserts' })).toBeVisible();
    await expect(region.getByRole('heading', { name: 'Denies' })).toBeVisible();
    for (const position of dispute.positions) {
      await expect(region.getByText(actorName(position.actor), { exact: true }).first()).toBeVisible();
    }
  });

  test('previous and next step through events in date order, by button and by key, and the timeline follows', async ({ explorer, page }) => {
    await explorer.openEvent('internet-cut-off');
    await explorer.panel.getByRole('button', { name: 'Next' }).click();
    await expect(explorer.panelHeading()).toHaveText(eventById('ecuador-statement').title);
    await page.keyboard.press('p');
    await expect(explorer.panelHeading()).toHaveText(eventById('internet-cut-off').title);
    await expect(explorer.timelineItem(eventById('internet-cut-off').title)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(explorer.panel).toBeHidden();
    await expect(page).not.toHaveURL(/event/);
  });

  test('an actor in the panel leads to their page, whose button filters by that actor', async ({ explorer, page }) => {
    const event = eventById('sessions-priority');
    const actor = event.actors[0]!;
    const expected = dataset.events.filter((e) => e.actors.includes(actor)).length;
    await explorer.openEvent(event.id);
    await explorer.panel.getByRole('link', { name: actorName(actor), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/actors/${actor}/$`));
    await page.getByRole('link', { name: `Show only ${actorName(actor)}’s events` }).click();
    await expect(explorer.count).toHaveText(`${expected} of ${dataset.events.length} events`);
    await expect(page).toHaveURL(new RegExp(`actors=${actor}`));
  });
});

test.describe('the list view', () => {
  test('lists every event in date order and works by keyboard alone', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.showList();
    const rows = explorer.listRows();
    await expect(rows).toHaveCount(TOTAL);
    await expect(page).toHaveURL(/view=list/);
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const third = await rows.nth(2).getAttribute('data-event-id');
    await expect(explorer.panelHeading()).toHaveText(eventById(third!).title);
    await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('End');
    await expect(rows.last()).toBeFocused();
  });
});
