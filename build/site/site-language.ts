import { activateLocale } from '../../src/i18n/i18n';
import { directionOf, LOCALES, matchLocale, SOURCE_LOCALE, type Direction, type Locale } from '../../src/i18n/locales';
import { languageTag } from './language-tag';

/**
 * One language per site (issue 22): the static pages, feeds, cards and
 * manifest are written in the dataset's language, the one its titles and
 * summaries are in. The interface language a reader picks (`?lang=`, the
 * menu) is the app's to apply once it runs; a page does not exist in several.
 */
export interface SiteLanguage {
  /** The dataset's BCP 47 tag: `<html lang>`, hreflang, JSON-LD `inLanguage`, the feeds' language. */
  tag: string;
  dir: Direction;
  /** The shipped interface locale whose catalog writes the pages' own words; English where the site lacks the language. */
  locale: Locale;
  /** Open Graph's `language_TERRITORY` form ("es_ES"). */
  ogLocale: string;
}

/**
 * A tag's own territory when it names one ("es-MX" → "es_MX"); else the shipped
 * locale's; else the likeliest territory for the language ("ar" → "ar_EG").
 */
function ogLocaleOf(tag: string, shipped: Locale | null): string {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag);
  } catch {
    return tag.replace(/-/g, '_');
  }
  if (parsed.region) return `${parsed.language}_${parsed.region}`;
  if (shipped) return LOCALES[shipped].ogLocale;
  const region = parsed.maximize().region;
  return region ? `${parsed.language}_${region}` : parsed.language;
}

export function siteLanguage(lang: string): SiteLanguage {
  const tag = languageTag(lang);
  const shipped = matchLocale(tag);
  return { tag, dir: directionOf(tag), locale: shipped ?? SOURCE_LOCALE, ogLocale: ogLocaleOf(tag, shipped) };
}

/**
 * Makes the dataset's interface locale the active one, so every word the build
 * writes (i18n._, dates in format-date.ts) is in it. The prerender calls this
 * before planning the site; planSite and the feeds write in whatever is active.
 */
export async function speakSiteLanguage(lang: string): Promise<SiteLanguage> {
  const language = siteLanguage(lang);
  await activateLocale(language.locale);
  return language;
}
