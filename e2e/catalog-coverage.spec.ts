import type { Page } from '@playwright/test';
import { dataset } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * Issue 22: no word of the interface is left out of the catalogs. Under
 * `?lang=pseudo` every catalogued message is written in accented letters
 * ("Śţōŕĩēś"), so any plain ASCII word still on screen, or in an accessible
 * name, came from a string the catalogs do not hold, unless it is the
 * timeline's own content (titles, names, quotes, article text) or a date.
 */

// Everything the dataset itself says (every string in it, at any depth), which stays as written in any interface language.
const content: string[] = [];
(function collect(value: unknown) {
  if (typeof value === 'string') content.push(value);
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
})(dataset);
const longestFirst = content.filter((piece) => piece.length > 2).sort((a, b) => b.length - a.length);

// The pseudo-locale writes dates and durations as English does (the browser's and date-fns' words, not the catalogs').
const DATE_WORDS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b\d+ (years?|months?|weeks?|days?)\b/g;
// Names the interface shows as themselves in every language: formats, the product's peers.
const AS_THEMSELVES = /\b(JSON|CSV|ICS|iCalendar|PNG|SVG|RSS|Atom|JSON Feed|BibTeX|RIS|CSL|APA|MLA|Chicago|TimelineJS|URL|EDTF|HTML|iframe|English|Español|Français|Deutsch|Português)\b/g;

/** The visible texts and accessible names in the page that read as untranslated English. */
async function englishLeftovers(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, template, [hidden]')) continue;
      if (visible(parent)) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
      if (el.closest('[hidden]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  return [...new Set(texts)].filter((text) => {
    if (content.some((piece) => piece.includes(text))) return false;
    // Content set inside an interface sentence ("{title}, {date}"): the longest pieces go first,
    // so an actor's name does not break up the title it is part of.
    let rest = text;
    for (const piece of longestFirst) if (rest.includes(piece)) rest = rest.split(piece).join(' ');
    rest = rest.replace(DATE_WORDS, ' ').replace(AS_THEMSELVES, ' ');
    return /\b[A-Za-z]{2,}\b/.test(rest);
  });
}

test.describe('every interface word comes from the catalogs', () => {
  test('the desktop explorer with an event open, in the pseudo-locale', async ({ explorer, page }) => {
    await explorer.openEvent('internet-cut-off', '?lang=pseudo');
    // The pseudo-locale is on: the header's language menu is named in accented letters.
    await expect(page.getByRole('button', { name: /^Ĺàńĝũàĝē/ })).toBeVisible();
    expect(await englishLeftovers(page)).toEqual([]);
  });

  test('the menus of the header, in the pseudo-locale', async ({ explorer, page }) => {
    await explorer.open('?lang=pseudo');
    await expect(page.getByRole('button', { name: /^Ĺàńĝũàĝē/ })).toBeVisible();
    const menus = page.locator('header button[aria-expanded]');
    const count = await menus.count();
    expect(count).toBeGreaterThan(2);
    const leftovers: string[] = [];
    for (let i = 0; i < count; i++) {
      await menus.nth(i).click();
      leftovers.push(...(await englishLeftovers(page)));
      await page.keyboard.press('Escape');
    }
    expect([...new Set(leftovers)]).toEqual([]);
  });

  test('the phone timeline and an actor page, in the pseudo-locale', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?lang=pseudo');
    await expect(page.getByRole('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await englishLeftovers(page)).toEqual([]);
    await page.goto(`/actors/${dataset.actors[0]!.id}/?lang=pseudo`);
    await page.waitForLoadState('networkidle');
    expect(await englishLeftovers(page)).toEqual([]);
  });
});
