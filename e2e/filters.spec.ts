import { TOTAL, actorName, dataset } from './support/dataset';
import { expect, test } from './support/fixtures';

const fold = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");
const searchable = (e: (typeof dataset.events)[number]) =>
  fold([e.title, e.summary, ...e.sources.map((s) => s.quote), ...(e.disputes ?? []).flatMap((d) => [d.question, ...d.positions.map((p) => p.source.quote)])].join(' '));

test.describe('filters and search', () => {
  test('the actor filter lists counts, finds actors by name, and narrows timeline, list and count together', async ({ explorer, page }) => {
    const actor = 'donald-trump-jr';
    const expected = dataset.events.filter((e) => e.actors.includes(actor));
    await explorer.open();
    const popover = await explorer.openFilter('Actors');
    await popover.getByRole('searchbox', { name: 'Find an actor' }).fill('trump jr');
    const option = popover.getByRole('checkbox', { name: new RegExp(`^${actorName(actor)}`) });
    await expect(option).toBeVisible();
    expect(await popover.getByRole('checkbox').count()).toBeLessThan(dataset.actors.length / 2);
    await expect(popover.getByText(`${expected.length} events`)).toBeAttached();
    await option.check();
    await expect(explorer.count).toHaveText(`${expected.length} of ${TOTAL} events`);
    await expect(explorer.timeline.locator('[data-event-id]')).toHaveCount(expected.length);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await explorer.showList();
    await expect(explorer.listRows()).toHaveCount(expected.length);
    await expect(page).toHaveURL(new RegExp(`actors=${actor}`));
  });

  test('actors are listed by number of events, or A–Z, and the button names who is selected', async ({ explorer, page }) => {
    await explorer.open();
    const popover = await explorer.openFilter('Actors');
    const names = () => popover.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('label')!.querySelector('.option-name')!.textContent!));
    const countOf = (name: string) => dataset.events.filter((e) => e.actors.some((id) => actorName(id) === name)).length;
    const byEvents = await names();
    expect(byEvents.length).toBe(dataset.actors.length);
    for (let i = 1; i < byEvents.length; i++) expect(countOf(byEvents[i - 1]!), `${byEvents[i - 1]} before ${byEvents[i]}`).toBeGreaterThanOrEqual(countOf(byEvents[i]!));

    await popover.getByRole('button', { name: 'A–Z' }).click();
    await expect(popover.getByRole('button', { name: 'A–Z' })).toHaveAttribute('aria-pressed', 'true');
    const alphabetical = await names();
    expect(alphabetical).toEqual([...byEvents].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));

    await popover.getByRole('checkbox', { name: new RegExp(`^${actorName('donald-trump-jr')}`) }).check();
    await expect(page.getByRole('button', { name: `Actors: ${actorName('donald-trump-jr')}` })).toBeVisible();
    await popover.getByRole('checkbox', { name: new RegExp(`^${actorName('julian-assange')}`) }).check();
    await popover.getByRole('checkbox', { name: new RegExp(`^${actorName('wikileaks')}`) }).check();
    await expect(page.getByRole('button', { name: 'Actors: 3 selected' })).toBeVisible();
  });

  test('tags narrow to events carrying any chosen tag', async ({ explorer }) => {
    const [a, b] = ['congress', 'media-reports'];
    const expected = dataset.events.filter((e) => e.tags.includes(a) || e.tags.includes(b)).length;
    await explorer.open();
    const popover = await explorer.openFilter('Tags');
    await popover.getByRole('checkbox', { name: new RegExp(dataset.tags.find((t) => t.id === a)!.label) }).check();
    await popover.getByRole('checkbox', { name: new RegExp(dataset.tags.find((t) => t.id === b)!.label) }).check();
    await expect(explorer.count).toHaveText(`${expected} of ${TOTAL} events`);
  });

  test('a date range keeps the events that overlap it', async ({ explorer }) => {
    await explorer.open('?view=list');
    const popover = await explorer.openFilter('Dates');
    await popover.getByLabel('From').fill('2017-01-01');
    await popover.getByLabel('To').fill('2017-12-31');
    const rows = explorer.listRows();
    const dates = await rows.locator('.row-date').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThan(TOTAL);
    // Every row's date mentions 2017, or is a period that spans it.
    for (const date of dates) expect(date).toMatch(/2017|–/);
    await expect(explorer.count).toHaveText(`${dates.length} of ${TOTAL} events`);
  });

  test('search matches titles, summaries and quotes, and highlights the matches', async ({ explorer, page }) => {
    const query = 'eviction notice';
    const expected = dataset.events.filter((e) => searchable(e).includes(query)).length;
    expect(expected).toBeGreaterThan(0);
    await explorer.open('?view=list');
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await expect(explorer.count).toHaveText(`${expected} of ${TOTAL} events`);
    await explorer.listRows().first().click();
    await expect(explorer.panel.locator('mark').first()).toHaveText(/eviction|notice/i);
    await expect(page).toHaveURL(/q=eviction\+notice/);
  });

  test('filters combine, an empty result says so, and one action clears everything', async ({ explorer, page }) => {
    const actor = 'julian-assange';
    const tag = 'russia';
    const expected = dataset.events.filter((e) => e.actors.includes(actor) && e.tags.includes(tag)).length;
    await explorer.open(`?view=list&actors=${actor}&tags=${tag}`);
    await expect(explorer.count).toHaveText(`${expected} of ${TOTAL} events`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz-nothing-matches');
    await expect(explorer.count).toHaveText(`0 of ${TOTAL} events`);
    await expect(page.getByText('No event matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await expect(page).toHaveURL(/\?view=list$/);
    await expect(page.getByRole('button', { name: 'Clear all filters' })).toBeDisabled();
  });

  test('filtering keeps the same timeline widget (no re-creation)', async ({ explorer, page }) => {
    await explorer.open();
    // The timeline's code arrives after the page paints: mark the widget once it has drawn.
    await expect(explorer.timeline.getByRole('button').first()).toBeVisible();
    await page.evaluate(() => {
      (document.querySelector('.vis-timeline') as HTMLElement & { __marker?: boolean }).__marker = true;
    });
    await page.getByRole('searchbox', { name: 'Search' }).fill('Ecuador');
    await expect(explorer.count).not.toHaveText(`All ${TOTAL} events`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    const same = await page.evaluate(() => (document.querySelector('.vis-timeline') as HTMLElement & { __marker?: boolean }).__marker);
    expect(same).toBe(true);
  });
});
