import type { Locator, Page } from '@playwright/test';
import { axe } from './support/axe';
import { dataset, eventById } from './support/dataset';
import { escape, expect, test } from './support/fixtures';

/**
 * One menu pattern (issue 18): every header and filter control is a
 * disclosure button (aria-expanded, aria-controls) whose panel opens with
 * Enter or Space, closes with Escape back onto its button, and lies wholly
 * on screen at any width.
 */
type MenuName = 'Stories' | 'Export' | 'Actors' | 'Tags' | 'Dates';
const MENUS: MenuName[] = ['Stories', 'Export', 'Actors', 'Tags', 'Dates'];
const FILTERS = new Set<MenuName>(['Actors', 'Tags', 'Dates']);

const menuButton = (page: Page, name: MenuName) => page.getByRole('button', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
const menuPanel = (page: Page, name: MenuName) => page.getByRole(name === 'Stories' ? 'navigation' : 'group', { name, exact: true });

/** On a phone the filters are in a sheet behind the Filter button. */
async function reach(page: Page, name: MenuName, phone: boolean) {
  if (phone && FILTERS.has(name)) {
    await page.getByRole('button', { name: /^Filter/ }).click();
    await expect(page.getByRole('dialog', { name: 'Filter events' })).toBeVisible();
  }
}

/** The panel's box against the layout viewport (without a classic scrollbar). */
async function expectOnScreen(panel: Locator, label: string) {
  // In the phone's filter sheet a panel lies in the sheet's flow: it is scrolled to, as a reader would.
  await panel.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  const box = (await panel.boundingBox())!;
  const screen = await panel.page().evaluate(() => ({ width: document.documentElement.clientWidth, height: window.innerHeight }));
  expect(box.width, `${label}: the panel has a width`).toBeGreaterThan(100);
  expect(box.x, `${label}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${label}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label}: right edge`).toBeLessThanOrEqual(screen.width);
  expect(box.y + box.height, `${label}: bottom edge`).toBeLessThanOrEqual(screen.height);
}

for (const width of [320, 390, 1366]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 720 ? 740 : 900 } });
    const phone = width < 720;

    for (const name of MENUS) {
      test(`${name}: a disclosure button opens its panel on screen; Escape closes it back onto the button`, async ({ explorer, page }) => {
        await explorer.open();
        await reach(page, name, phone);
        const button = menuButton(page, name);
        const panel = menuPanel(page, name);
        await expect(button).toHaveAttribute('aria-expanded', 'false');

        // Space opens, Escape closes and leaves focus on the button.
        await button.focus();
        await page.keyboard.press('Space');
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        await expect(panel).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(panel).toBeHidden();
        await expect(button).toBeFocused();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        // Within the filter sheet, that Escape was the panel's, not the sheet's.
        if (phone && FILTERS.has(name)) await expect(page.getByRole('dialog', { name: 'Filter events' })).toBeVisible();

        // Enter opens; the button names the panel it controls; the panel is wholly on screen.
        await page.keyboard.press('Enter');
        await expect(panel).toBeVisible();
        expect(await button.getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
        await expectOnScreen(panel, `${name} at ${width} px`);

        // Tab goes on into the panel, in reading order after its button.
        if (!(await panel.evaluate((el) => el.contains(document.activeElement)))) await page.keyboard.press('Tab');
        expect(await panel.evaluate((el) => el.contains(document.activeElement)), 'focus is inside the panel').toBe(true);
        await page.keyboard.press('Escape');
        await expect(panel).toBeHidden();
        await expect(button).toBeFocused();

        // A click elsewhere closes it too.
        await button.click();
        await expect(panel).toBeVisible();
        const elsewhere = phone && FILTERS.has(name) ? page.getByRole('heading', { name: 'Filter events' }) : page.getByRole('heading', { level: 1 });
        await elsewhere.click();
        await expect(panel).toBeHidden();
      });
    }
  });
}

test('every format in the Export panel reads whole: its button is inside the panel and on screen', async ({ explorer, page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await explorer.open();
  await menuButton(page, 'Export').click();
  const panel = menuPanel(page, 'Export');
  const inside = (await panel.boundingBox())!;
  for (const format of ['JSON', 'CSV', 'TimelineJS', 'Calendar (ICS)']) {
    const box = (await panel.getByRole('button', { name: format, exact: true }).boundingBox())!;
    expect(box.x, format).toBeGreaterThanOrEqual(Math.max(0, inside.x));
    expect(box.x + box.width, format).toBeLessThanOrEqual(inside.x + inside.width);
  }
});

test('Tab past the last control of a panel closes it, and focus goes on to the next control', async ({ explorer, page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await explorer.open();
  const button = menuButton(page, 'Export');
  const panel = menuPanel(page, 'Export');
  await button.focus();
  await page.keyboard.press('Enter');
  for (const format of ['JSON', 'CSV', 'TimelineJS', 'Calendar (ICS)']) {
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: format, exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(panel).toBeHidden();
  // Printing (issue 23) stands beside Export, so it is the next control.
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeFocused();
});

test('alone at the right of an actor page’s header, the Stories panel still opens on screen', async ({ page }) => {
  for (const width of [320, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/actors/julian-assange/');
    await menuButton(page, 'Stories').click();
    await expectOnScreen(menuPanel(page, 'Stories'), `actor page at ${width} px`);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a pressed toggle keeps its contrast under the pointer and with focus, ${scheme} theme`, async ({ explorer, page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await explorer.open();
    const pressed = page.getByRole('button', { name: 'Timeline', exact: true });
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    const contrast = async () =>
      (await axe(page).include('.view-switch').withRules(['color-contrast']).analyze()).violations.flatMap((v) =>
        v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      );
    await pressed.hover();
    expect(await contrast(), 'hovered').toEqual([]);
    // Focus by keyboard (focus-visible), the pointer still over it, then pressed down.
    await page.getByRole('button', { name: 'List', exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(pressed).toBeFocused();
    expect(await contrast(), 'hovered and focused').toEqual([]);
    await page.mouse.down();
    expect(await contrast(), 'active').toEqual([]);
    await page.mouse.up();
    // The toggle went on being the pressed one, and the mouse leaving leaves its colours as they were.
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('heading', { level: 1 }).hover();
    expect(await contrast(), 'focused only').toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`a selected timeline item and a checked actor keep their contrast under the pointer, ${scheme} theme`, async ({ explorer, page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await explorer.open();
    const contrast = async (selector: string) =>
      (await axe(page).include(selector).withRules(['color-contrast']).analyze()).violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    const item = explorer.timelineItem(eventById('ecuador-statement').title);
    await item.click();
    await expect(item).toHaveAttribute('aria-pressed', 'true');
    await item.hover();
    expect(await contrast('.timeline-canvas'), 'selected item, hovered').toEqual([]);
    await page.keyboard.press('Escape');
    const actors = await explorer.openFilter('Actors');
    const option = actors.getByRole('checkbox').first();
    await option.check();
    await option.hover();
    expect(await contrast('.popover'), 'checked actor, hovered').toEqual([]);
  });
}

test('starting a story leaves the page where it was: the header stays in sight', async ({ explorer, page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await explorer.open();
  // Every story: on today's data, two of them start at an item low in the timeline's stack.
  for (const story of dataset.stories) {
    await explorer.open();
    await page.getByRole('button', { name: 'Stories' }).click();
    await page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: new RegExp(`^${escape(story.title)}`) }).click();
    await expect(explorer.panel.getByRole('region', { name: `Story: ${story.title}` })).toBeVisible();
    // Past the glide to the step (300 ms) and the old reveal's delay (350 ms), with room for a slow machine.
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => window.scrollY), story.title).toBe(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
    // The step is still brought into sight, by the timeline's own scrolling.
    await expect(explorer.timelineItem(eventById(story.steps[0]!.event).title)).toBeInViewport({ ratio: 0.9 });
  }
});
