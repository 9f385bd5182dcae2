import { activateLocale, i18n } from './i18n';
import { documentTagOf, LOCALES, matchCatalogLocale, matchLocale, SOURCE_LOCALE, type CatalogLocale, type Direction } from './locales';
import { useAppStore } from '../store/app-store';

/**
 * Which language the interface speaks (issue 22), in this order:
 * 1. the one the reader asked for: `?lang=` in the address, or the menu
 *    (remembered in this browser);
 * 2. the dataset's own `lang`, when the site has that language;
 * 3. English.
 * The catalog is loaded before the store says the language changed, so no
 * component renders a message of a locale not yet loaded.
 */

const REMEMBERED = 'timeline.lang';

/** The language this browser's reader chose in the menu before, if any. */
export function rememberedLanguage(storage: Pick<Storage, 'getItem'> | null): CatalogLocale | null {
  try {
    return matchCatalogLocale(storage?.getItem(REMEMBERED));
  } catch {
    return null;
  }
}

function remember(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, locale: CatalogLocale | null): void {
  try {
    if (locale) storage?.setItem(REMEMBERED, locale);
    else storage?.removeItem(REMEMBERED);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}

/** The dataset's language as a shipped locale (English when the site lacks it). */
export function datasetLocale(lang: string | undefined): CatalogLocale {
  return matchLocale(lang) ?? SOURCE_LOCALE;
}

let pending = 0;

/** Makes `locale` the interface's language; `chosen` when the reader asked for it (it then outlives a new dataset). */
export async function showInterfaceIn(locale: CatalogLocale, { chosen }: { chosen: boolean }): Promise<void> {
  const ticket = ++pending;
  // The choice is the reader's at once, so a dataset arriving while the catalog loads does not override it.
  if (chosen) useAppStore.setState({ chosenLocale: locale });
  try {
    await activateLocale(locale);
  } catch {
    // The catalog could not be fetched (offline before it was cached): stay in the language shown.
    const language = locale in LOCALES ? LOCALES[locale as keyof typeof LOCALES].name : locale;
    useAppStore.getState().notify(i18n._('The {language} interface could not be loaded; the page stays in the language it is in.', { language }), 'warning');
    return;
  }
  // A later choice made while this catalog loaded wins.
  if (ticket !== pending) return;
  useAppStore.setState({ locale });
}

/** The reader's choice from the menu: shown, remembered, and in the address. */
export function chooseInterfaceLanguage(locale: CatalogLocale): Promise<void> {
  remember(safeStorage(), locale);
  return showInterfaceIn(locale, { chosen: true });
}

/** After a dataset is shown: its language, unless the reader chose one. */
export function followDatasetLanguage(lang: string | undefined): Promise<void> {
  const { chosenLocale } = useAppStore.getState();
  return showInterfaceIn(chosenLocale ?? datasetLocale(lang), { chosen: false });
}

/** `<html lang dir>` follow the interface, so screen readers, hyphenation and bidi layout do too; `dir` as readingDirection() says. */
export function applyDocumentLanguage(locale: CatalogLocale, dir: Direction): void {
  document.documentElement.lang = documentTagOf(locale);
  document.documentElement.dir = dir;
}

export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
