import type { Locator, Page } from '@playwright/test';
import { eventById } from './support/dataset';
import { expect, test, type Explorer } from './support/fixtures';

/**
 * Closing the event panel (Escape, ✕, Back) or the article reader returns
 * focus to what opened it, found again by its role and name, and the next
 * Tab goes on from there rather than from "Skip to events" (issue 18).
 */
const EVENT = eventById('ecuador-statement');

type Close = 'Escape' | '✕' | 'Back';
const CLOSES: Close[] = ['Escape', '✕', 'Back'];

async function close(how: Close, explorer: Explorer, page: Page) {
  if (how === 'Escape') await page.keyboard.press('Escape');
  else if (how === '✕') await explorer.panel.getByRole('button', { name: 'Close event' }).click();
  else await page.goBack();
  await expect(explorer.panel).toBeHidden();
}

/**
 * Focus is on `opener`, and the keyboard goes on from there: Shift+Tab reaches
 * the control before it (the timeline can be the page's last stop, so a Tab
 * from it would leave the document), not the top of the page.
 */
async function expectFocusBack(opener: Locator, page: Page) {
  await expect(opener).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to events' })).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body && !!document.activeElement?.closest('#main, .filter-bar, .filter-strip'))).toBe(true);
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  for (const how of CLOSES) {
    test(`closing the panel by ${how} returns focus to the timeline item that opened it`, async ({ explorer, page }) => {
      await explorer.open();
      const item = explorer.timelineItem(EVENT.title);
      await item.click();
      await expect(explorer.panelHeading()).toHaveText(EVENT.title);
      await close(how, explorer, page);
      // The panel's closing widens the timeline, which draws its items anew: focus must survive that too.
      await page.waitForTimeout(300);
      await expectFocusBack(item, page);
    });

    test(`closing the panel by ${how} returns focus to the list row that opened it`, async ({ explorer, page }) => {
      await explorer.open();
      await explorer.showList();
      const row = explorer.listRow(EVENT.title);
      await row.click();
      await expect(explorer.panelHeading()).toHaveText(EVENT.title);
      // From inside the panel, as a keyboard reader would be after reading it.
      await explorer.panelHeading().focus();
      await close(how, explorer, page);
      await expectFocusBack(row, page);
    });
  }

  test('the item a reader clicks stays the same element through the redraws its opening makes', async ({ explorer, page }) => {
    await explorer.open();
    const item = explorer.timelineItem(EVENT.title);
    await expect(item).toBeVisible();
    await page.waitForTimeout(300);
    await item.evaluate((element) => ((window as unknown as { clicked: Element }).clicked = element));
    await item.click();
    await expect(explorer.panelHeading()).toHaveText(EVENT.title);
    // The selection and the narrower timeline redraw the item; a copy put in its place
    // takes the Tab stop, the focus and a second click away from the reader.
    await page.waitForTimeout(300);
    expect(await item.evaluate((element) => element === (window as unknown as { clicked: Element }).clicked)).toBe(true);
  });

  test('an event opened with the keyboard from the timeline gets focus back there after Escape', async ({ explorer, page }) => {
    await explorer.open();
    const item = explorer.timelineItem(EVENT.title);
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(explorer.panelHeading()).toHaveText(EVENT.title);
    await page.keyboard.press('Escape');
    await expect(explorer.panel).toBeHidden();
    await page.waitForTimeout(300);
    await expect(item).toBeFocused();
    // Still the timeline's one Tab stop: the arrow keys go on from it.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', /.+/);
    await expect(item).not.toBeFocused();
  });

  for (const how of ['Escape', 'Close article'] as const) {
    test(`closing the article reader by ${how} returns focus to its "Read the article" button`, async ({ explorer, page }) => {
      await explorer.openEvent(EVENT.id);
      const opener = explorer.panel.getByRole('button', { name: 'Read the article' }).first();
      await opener.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await dialog.getByRole('button', { name: 'Close article' }).click();
      await expect(dialog).toBeHidden();
      // Only the reader closed: the event stays open, and focus is back on the button that opened the reader.
      await expect(explorer.panelHeading()).toHaveText(EVENT.title);
      await expect(opener).toBeFocused();
    });
  }

  test('Back with the article reader open closes it and the event, and focus goes to the event on the timeline', async ({ explorer, page }) => {
    await explorer.open();
    const item = explorer.timelineItem(EVENT.title);
    await item.click();
    await explorer.panel.getByRole('button', { name: 'Read the article' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(explorer.panel).toBeHidden();
    await page.waitForTimeout(300);
    await expectFocusBack(item, page);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const how of CLOSES) {
    test(`closing the sheet by ${how} returns focus to the card that opened it`, async ({ explorer, page }) => {
      await explorer.open();
      const card = explorer.card(EVENT.title);
      await card.scrollIntoViewIfNeeded();
      await card.click();
      await expect(explorer.panelHeading()).toHaveText(EVENT.title);
      await close(how, explorer, page);
      await expectFocusBack(card, page);
    });
  }
});
