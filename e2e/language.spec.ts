import { eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

test.describe('the interface in the reader’s language', () => {
  test('choosing Español keeps the event and writes its dates in Spanish, in the page and in the link', async ({ explorer, page }) => {
    const event = eventById('internet-cut-off');
    await explorer.openEvent(event.id);
    const panel = explorer.panel;
    await expect(panel).toContainText('16 October 2016 · Known to the day.');

    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(panel).toContainText('16 de octubre de 2016 · Fecha conocida al día.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveURL(new RegExp(`/events/${event.id}/\\?lang=es$`));
    await expect(explorer.panelHeading()).toHaveText(event.title);
    // Focus goes back to the menu's button, now named in Spanish.
    await expect(page.getByRole('button', { name: /^Idioma/ })).toBeFocused();

    // The link reproduces it on a fresh page; the choice is also remembered.
    await page.goto(`/events/${event.id}/`);
    await expect(panel).toContainText('16 de octubre de 2016');
    await page.getByRole('button', { name: /^Idioma/ }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(panel).toContainText('16 October 2016 · Known to the day.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The bundled timeline is English, so choosing English leaves the link plain.
    await expect(page).toHaveURL(new RegExp(`/events/${event.id}/$`));
  });

  test('a month-precision date reads as a month in German, never as a day', async ({ explorer, page }) => {
    const event = eventById('direct-messages');
    await explorer.openEvent(event.id, '?lang=de');
    const panel = explorer.panel;
    await expect(panel).toContainText('September 2016 – Juli 2017 · Ein Zeitraum, auf den Monat genau bekannt.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('a link asking for a language the site lacks says so and stays in English', async ({ explorer, page }) => {
    await explorer.open('?lang=tlh');
    await expect(page.getByText('The link asks for the language "tlh", which this site does not have; the page keeps its own.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).not.toHaveURL(/lang=/);
  });
});
