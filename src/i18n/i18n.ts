import { setupI18n } from '@lingui/core';
import { messages as english } from './catalogs/en';
import { SOURCE_LOCALE, type CatalogLocale } from './locales';

/**
 * The one Lingui instance (issue 22). Messages are written in English in the
 * code, `i18n._('Stories')` or with ICU placeholders and plurals
 * (`i18n._('{count, plural, one {# event} other {# events}}', { count })`):
 * `npm run i18n:extract` collects them into `catalogs/<locale>.po` and
 * `npm run i18n:compile` writes each catalog as compiled messages, so the
 * page never parses ICU at run time. English is in the first view; another
 * locale's catalog is fetched only when that locale is chosen.
 *
 * Components read messages through `useI18n()` (use-i18n.ts), which
 * re-renders them when the language changes.
 */
export const i18n = setupI18n({
  locale: SOURCE_LOCALE,
  messages: { [SOURCE_LOCALE]: english },
  // The English catalog holds only the messages that compile to something other than their
  // id (build/i18n/trim-source-catalog.ts); any other message is its own English text.
  // The other catalogs are complete, with English compiled in where a translation is missing.
  missing: (_locale, id) => id,
});

type Catalog = Promise<{ messages: Parameters<typeof i18n.load>[1] }>;
// Written out rather than globbed, so the build's prerender (in Node) loads them the same way.
const loaders: Record<Exclude<CatalogLocale, 'en'>, () => Catalog> = {
  es: () => import('./catalogs/es'),
  fr: () => import('./catalogs/fr'),
  de: () => import('./catalogs/de'),
  pt: () => import('./catalogs/pt'),
  ar: () => import('./catalogs/ar'),
  pseudo: () => import('./catalogs/pseudo'),
};

/** Loads a locale's catalog (once) and makes it the active one. */
export async function activateLocale(locale: CatalogLocale): Promise<void> {
  if (locale !== 'en' && !(locale in i18n.messages)) {
    const { messages } = await loaders[locale]();
    i18n.load(locale, messages);
  }
  i18n.activate(locale);
}
