/**
 * The interface languages the site ships (issue 22), and how a language tag
 * from a dataset, an address or a browser maps onto one of them.
 *
 * `dateLocale` is the tag dates are written with: English keeps the day-month
 * order and short month names the timeline has always used ("3 Oct 2016").
 * `ogLocale` is Open Graph's territory form.
 */
export const LOCALES = {
  en: { name: 'English', dir: 'ltr', dateLocale: 'en-GB', ogLocale: 'en_GB' },
  es: { name: 'Español', dir: 'ltr', dateLocale: 'es', ogLocale: 'es_ES' },
  fr: { name: 'Français', dir: 'ltr', dateLocale: 'fr', ogLocale: 'fr_FR' },
  de: { name: 'Deutsch', dir: 'ltr', dateLocale: 'de', ogLocale: 'de_DE' },
  pt: { name: 'Português', dir: 'ltr', dateLocale: 'pt', ogLocale: 'pt_BR' },
  ar: { name: 'العربية', dir: 'rtl', dateLocale: 'ar', ogLocale: 'ar_AR' },
} as const;

export type Locale = keyof typeof LOCALES;
export type Direction = 'ltr' | 'rtl';


export const SOURCE_LOCALE: Locale = 'en';
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/**
 * Every message accented and lengthened, for the test that finds strings
 * left out of the catalogs; reachable by `?lang=pseudo` only, never listed.
 */
export const PSEUDO_LOCALE = 'pseudo';
export type CatalogLocale = Locale | typeof PSEUDO_LOCALE;

/** Scripts written right to left, by their languages' primary subtags (BCP 47). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The shipped locale a BCP 47 tag asks for ("es-MX" → "es"), or null when none fits. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LOCALES, primary) ? (primary as Locale) : null;
}

/** Accepts a shipped locale or the pseudo-locale, as `?lang=` may name either. */
export function matchCatalogLocale(tag: string | null | undefined): CatalogLocale | null {
  return tag?.trim().toLowerCase() === PSEUDO_LOCALE ? PSEUDO_LOCALE : matchLocale(tag);
}

/** The direction of any language tag, shipped or not: a Hebrew or Persian dataset turns the page too. */
export function directionOf(tag: string | null | undefined): Direction {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // A script subtag overrides the language's usual one ("az-Arab", "pa-Arab" are RTL; "ku-Latn" is not).
  const script = tag?.match(/[-_](Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Latn|Cyrl)\b/i)?.[1]?.toLowerCase();
  if (script) return script === 'latn' || script === 'cyrl' ? 'ltr' : 'rtl';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** The language tag `<html lang>` carries for an interface locale (the pseudo-locale is English underneath). */
export const documentTagOf = (locale: CatalogLocale): string => (locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale);

/** Which way the interface reads in this locale: the page's `dir`, and so vis-timeline's and the overview's. */
export const interfaceDirection = (locale: CatalogLocale): Direction => directionOf(documentTagOf(locale));

/** The tag dates are formatted with in this locale. */
export function dateLocaleOf(locale: CatalogLocale): string {
  return locale === PSEUDO_LOCALE ? LOCALES.en.dateLocale : LOCALES[locale].dateLocale;
}
