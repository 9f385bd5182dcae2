import { spanishDataset, spanishTitle } from './fixtures/spanish-dataset';
import { expect, test } from './support/fixtures';

/**
 * Issue 22: a newsroom's own file in Spanish (`lang: "es"`) gets a Spanish
 * interface around its Spanish events, with dates, counts and the axis in
 * Spanish, and no `?lang=` in its links, since Spanish is the file's own.
 */
test.beforeEach(async ({ page }) => {
  await page.route('**/data/timeline.json', (route) => route.fulfill({ json: spanishDataset }));
});

test('a Spanish timeline speaks Spanish: the chrome, a plural count, a day and a month, the axis', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanishDataset.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: /^Idioma/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Los 6 sucesos', visible: true })).toBeVisible();

  // A day-precision event, then a month-precision period: never a day the sources do not give.
  const canvas = page.getByRole('region', { name: 'Lienzo de la cronología' });
  await canvas.getByRole('button', { name: new RegExp(`^${spanishTitle('internet-cut-off')},`) }).click();
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(spanishTitle('internet-cut-off'));
  await expect(panel).toContainText('16 de octubre de 2016 · Fecha conocida al día.');
  await page.goto('/events/direct-messages/');
  await expect(page.getByRole('button', { name: /^Idioma/ })).toBeVisible();
  await expect(panel).toContainText('septiembre de 2016 – julio de 2017 · Un periodo, conocido al mes.');
  await expect(page).not.toHaveURL(/lang=/);

  // The axis over a few months of 2016 names them in Spanish, as Intl does ("oct", "nov", "dic").
  await page.goto('/?start=2016-09-01T00:00Z&end=2017-01-01T00:00Z');
  await expect(page.getByRole('button', { name: /^Idioma/ })).toBeVisible();
  const minor = page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
  await expect(minor.first()).toBeVisible();
  const labels = (await minor.allTextContents()).map((text) => text.trim().toLowerCase());
  expect(labels).toEqual(expect.arrayContaining(['oct', 'nov', 'dic']));
  expect(labels).not.toContain('dec');
});

test('a reader of the Spanish timeline can switch to English, and the link says so', async ({ page }) => {
  await page.goto('/events/internet-cut-off/');
  // The static page is the bundled English one; the app then opens the Spanish file over it.
  await expect(page.getByRole('button', { name: /^Idioma/ })).toBeVisible();
  const panel = page.getByRole('complementary');
  await expect(panel).toContainText('16 de octubre de 2016');
  await page.getByRole('button', { name: /^Idioma/ }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(panel).toContainText('16 October 2016 · Known to the day.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/events\/internet-cut-off\/\?lang=en$/);
  // The file's own words stay as written.
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(spanishTitle('internet-cut-off'));
});

test('a broken link to the Spanish timeline is explained in Spanish', async ({ page }) => {
  await page.goto('/?start=yesterday');
  await expect(page.getByText('No se pudo leer el periodo visible del enlace; se muestra toda la cronología.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cerrar aviso' })).toBeVisible();
});
