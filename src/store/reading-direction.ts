import { directionOf, interfaceDirection, matchLocale, SOURCE_LOCALE, type Direction } from '../i18n/locales';
import type { AppState } from './app-store';

/**
 * Which way the page reads (issue 22): the interface language's way, except
 * while the interface only stands in for a dataset language the site has no
 * catalog for (a Hebrew or Persian timeline, in English) and the reader chose
 * no other: then the dataset's, as its static pages already read, so the page
 * does not turn when the explorer takes over. Whatever the address does not
 * carry (a choice equal to the dataset's default) does not turn it either, so
 * a link opens the way its sender saw it.
 */
export function readingDirection(state: Pick<AppState, 'locale' | 'chosenLocale' | 'model' | 'pageLang'>): Direction {
  const lang = state.model?.lang ?? state.pageLang;
  // A language the site lacks is shown in English (interface-language.ts), so "English" is no other choice.
  const standIn = lang && !matchLocale(lang) && (!state.chosenLocale || state.chosenLocale === SOURCE_LOCALE);
  return standIn ? directionOf(lang) : interfaceDirection(state.locale);
}
