import { dataset, eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

/** The reader shows the article, not the page it was saved from, and its photos' captions as captions. */

const FURNITURE = ['IE 11 is not supported', 'Image: Julian Assange', 'Share this article', 'Find Us', 'Accessibility links', 'Breaking News', '16x9 Image', 'read more:', 'RFE/RL journalists report'];

test('every article reads without page furniture, its headline once, in the header', async ({ explorer, page }) => {
  await explorer.open();
  const seen = new Set<string>();
  for (const event of dataset.events) {
    for (const source of event.sources) {
      if (seen.has(source.article)) continue;
      seen.add(source.article);
      const article = dataset.articles.find((a) => a.id === source.article)!;
      await explorer.openEvent(event.id);
      const card = explorer.panel.getByRole('article', { name: `Source: ${article.outlet}` }).filter({ hasText: article.title }).first();
      await card.getByRole('button', { name: 'Read the article' }).click();
      const dialog = page.getByRole('dialog', { name: article.title });
      await expect(dialog.locator('mark').first()).toBeVisible();
      const text = (await dialog.textContent())!;
      for (const line of FURNITURE) expect(text, `${article.id} shows "${line}"`).not.toContain(line);
      await expect(dialog.getByText(article.title, { exact: true })).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }
  expect(seen.size).toBe(dataset.articles.length);
});

test('a quote from a photo caption is marked in the caption, shown apart from the reporting', async ({ explorer, page }) => {
  const event = eventById('balcony-appearance');
  const source = event.sources.find((s) => s.article === 'nbc-2016')!;
  const article = dataset.articles.find((a) => a.id === source.article)!;
  await explorer.openEvent(event.id);
  await explorer.panel.getByRole('article', { name: `Source: ${article.outlet}` }).filter({ hasText: article.title }).first().getByRole('button', { name: 'Read the article' }).click();
  const dialog = page.getByRole('dialog', { name: article.title });
  const caption = dialog.getByRole('figure', { name: /stands on the balcony/ });
  await expect(caption).toBeVisible();
  await expect(caption.locator('mark')).toHaveText(source.quote);
  await expect(caption.locator('mark')).toBeInViewport();
  // A caption, not a paragraph of the article.
  await expect(dialog.getByRole('paragraph').filter({ hasText: 'stands on the balcony' })).toHaveCount(0);
});
