import { TOTAL } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * Issue 22, one pass per shipped language over the bundled (English) timeline:
 * the interface's own words, a plural count, a day-precision date, a
 * month-precision period that never shows a day, and the axis's months.
 * The expected words are written here, as a reader of each language reads them.
 */
const LOCALES = [
  {
    lang: 'es',
    language: 'Idioma',
    count: `Los ${TOTAL} sucesos`,
    day: '16 de octubre de 2016 · Fecha conocida al día.',
    period: 'septiembre de 2016 – julio de 2017 · Un periodo, conocido al mes.',
    months: ['oct', 'nov', 'dic'],
  },
  {
    lang: 'fr',
    language: 'Langue',
    count: `${TOTAL} événements au total`,
    day: '16 octobre 2016 · Date connue au jour près.',
    period: 'septembre 2016 – juillet 2017 · Une période, connue au mois près.',
    months: ['oct.', 'nov.', 'déc.'],
  },
  {
    lang: 'de',
    language: 'Sprache',
    count: `Alle ${TOTAL} Ereignisse`,
    day: '16. Oktober 2016 · Auf den Tag genau bekannt.',
    period: 'September 2016 – Juli 2017 · Ein Zeitraum, auf den Monat genau bekannt.',
    months: ['okt', 'nov', 'dez'],
  },
  {
    lang: 'pt',
    language: 'Idioma',
    count: `Todos os ${TOTAL} acontecimentos`,
    day: '16 de outubro de 2016 · Data conhecida até o dia.',
    period: 'setembro de 2016 – julho de 2017 · Um período, conhecido até o mês.',
    months: ['out.', 'nov.', 'dez.'],
  },
];

for (const locale of LOCALES) {
  test(`in ${locale.lang}: the interface, a plural count, a day, a month-precision period and the axis`, async ({ explorer, page }) => {
    await explorer.openEvent('internet-cut-off', `?lang=${locale.lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale.lang);
    await expect(page.getByRole('button', { name: new RegExp(`^${locale.language}`) })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: locale.count })).toHaveText(locale.count);
    await expect(explorer.panel).toContainText(locale.day);

    await page.goto(`/events/direct-messages/?lang=${locale.lang}`);
    await expect(explorer.panel).toContainText(locale.period);
    await expect(page).toHaveURL(new RegExp(`\\?lang=${locale.lang}$`));

    await page.goto(`/?lang=${locale.lang}&start=2016-09-01T00:00Z&end=2017-01-01T00:00Z`);
    const minor = page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
    await expect(minor.first()).toBeVisible();
    const labels = (await minor.allTextContents()).map((text) => text.trim().toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(locale.months));
    expect(labels).not.toContain('dec');
  });
}
