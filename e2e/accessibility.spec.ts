import { dataset, eventById } from './support/dataset';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** Where an EDTF date begins, as a sortable "YYYY-MM-DD" (the first day of its first period). */
function startOf(date: string): string {
  const [year, month = '01', day = '01'] = date.split('/')[0]!.replace(/[~?%]/g, '').split('-');
  return `${year}-${month}-${day}`;
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('loaded', async ({ explorer, page }) => {
      await explorer.open();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('event open, with a dispute', async ({ explorer, page }) => {
      await explorer.openEvent('internet-cut-off');
      await expect(explorer.panelHeading()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('filtered and searched, with the actor list open', async ({ explorer, page }) => {
      await explorer.open('?tags=russia&q=assange');
      await explorer.openFilter('Actors');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('list view with a selection', async ({ explorer, page }) => {
      await explorer.openEvent('atlantic-report', '?view=list');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('article reader', async ({ explorer, page }) => {
      await explorer.openEvent('ecuador-statement');
      await explorer.panel.getByRole('button', { name: 'Read the article' }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe('small screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the panel opens as a full-screen sheet and closes back to the list', async ({ explorer, page }) => {
    const event = eventById('atlantic-report');
    await explorer.open('?view=list');
    await explorer.listRow(event.title).click();
    await expect(explorer.panelHeading()).toHaveText(event.title);
    const box = (await explorer.panel.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(370);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await explorer.panel.getByRole('button', { name: 'Close event' }).click();
    await expect(explorer.panel).toBeHidden();
    await expect(explorer.listRow(event.title)).toBeVisible();
  });

  test('the timeline is usable at phone width', async ({ explorer, page }) => {
    await explorer.open();
    // Phones get the vertical timeline (issue 11; more in phone.spec.ts); the overview strip zooms.
    await expect(explorer.verticalTimeline).toBeVisible();
    await explorer.overview.focus();
    await page.keyboard.press('+');
    await expect(page).toHaveURL(/start=/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('keyboard only', () => {
  test('from the first Tab, a reader can reach the events, open one and read its source', async ({ explorer, page }) => {
    await explorer.open('?view=list');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to events' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The static page has no list rows to land on: wait for the explorer (focus is kept when it takes over).
    await expect(explorer.count).toBeVisible();
    // After the skip link, the next Tab lands on the first event.
    await page.keyboard.press('Tab');
    const first = explorer.listRows().first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explorer.panel).toBeVisible();
    await page.keyboard.press('n');
    await expect(explorer.listRows().nth(1)).toHaveAttribute('aria-current', 'true');
  });

  test('focus a reader has on the static page is kept when the explorer takes over', async ({ explorer, page }) => {
    // Hold the data back, so the reader is on the static page while the explorer waits for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/timeline.json', async (route) => {
      await held;
      await route.continue();
    });
    const event = dataset.events[3]!;
    await explorer.open('?view=list');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to events' });
    await expect(skip).toBeFocused();
    release();
    await expect(explorer.count).toBeVisible();
    await expect(skip).toBeFocused();

    // The same for an event link: its row in the explorer has focus.
    await page.unroute('**/data/timeline.json');
    let releaseAgain = () => {};
    const heldAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
    await page.route('**/data/timeline.json', async (route) => {
      await heldAgain;
      await route.continue();
    });
    await explorer.open('?view=list');
    await page.getByRole('link', { name: event.title, exact: true }).focus();
    releaseAgain();
    await expect(explorer.count).toBeVisible();
    await expect(explorer.listRow(event.title)).toBeFocused();
  });

  test('timeline events are reachable by Tab and open with Enter', async ({ explorer, page }) => {
    await explorer.open();
    await expect(explorer.timelineItem(eventById('internet-cut-off').title)).toBeVisible();
    await explorer.timeline.focus();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-event-id', /.+/);
    const id = await focused.getAttribute('data-event-id');
    await page.keyboard.press('Enter');
    await expect(explorer.panelHeading()).toHaveText(eventById(id!).title);
  });

  test('the timeline is one Tab stop, and arrow keys walk its events in date order', async ({ explorer, page }) => {
    await explorer.open();
    const items = explorer.timeline.getByRole('button');
    await expect(items).toHaveCount(dataset.events.length);
    await explorer.timeline.focus();
    await page.keyboard.press('Tab');
    const focusedName = async () => (await page.locator(':focus').getAttribute('aria-label')) ?? '';
    const first = await focusedName();
    expect(first).not.toBe('');

    // Tab leaves the timeline after one event; Shift+Tab comes back to the same one.
    await page.keyboard.press('Tab');
    expect(await items.evaluateAll((buttons) => buttons.includes(document.activeElement as HTMLElement))).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName()).toBe(first);

    // Home, then ArrowRight through everything: each event once, never earlier than the one before.
    await page.keyboard.press('Home');
    const visited = [await focusedName()];
    for (let i = 1; i < dataset.events.length; i++) {
      await page.keyboard.press('ArrowRight');
      visited.push(await focusedName());
    }
    const eventNamed = (name: string) => {
      const event = dataset.events.find((e) => name.startsWith(`${e.title},`));
      if (!event) throw new Error(`no event is named ${name}`);
      return event;
    };
    const starts = visited.map((name) => startOf(eventNamed(name).date));
    expect(new Set(visited).size).toBe(dataset.events.length);
    expect(starts).toEqual([...starts].sort());

    // End stays at the last; ArrowLeft steps back; Enter opens what has focus.
    await page.keyboard.press('End');
    expect(await focusedName()).toBe(visited.at(-1));
    await page.keyboard.press('ArrowLeft');
    const chosen = visited.at(-2)!;
    expect(await focusedName()).toBe(chosen);
    await page.keyboard.press('Enter');
    await expect(explorer.panelHeading()).toHaveText(eventNamed(chosen).title);
  });

  test('reduced motion is honoured', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/?view=list');
    const duration = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 2s';
      document.body.append(probe);
      return getComputedStyle(probe).transitionDuration;
    });
    expect(parseFloat(duration)).toBeLessThan(0.1);
    await context.close();
  });
});
