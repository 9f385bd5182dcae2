import { directionOf } from '../../src/i18n/locales.ts';
import { languageTag } from '../site/language-tag.ts';

/** The web app manifest's file, linked from every page's head (index.html). */
export const MANIFEST_FILE = 'manifest.webmanifest';

/** The light theme's background and accent (src/app/styles.css), so the splash screen matches the page. */
export const THEME = { background: '#ffffff', accent: '#1f4e79' };

export interface Icon {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
}

export const ICONS: readonly Icon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
];

/**
 * What browsers need to offer "Install": a name, a start URL inside the scope, standalone display and PNG icons.
 * `lang` and `dir` are the dataset's (issue 22): the name and description are written in it.
 */
export function webManifest(title: string, description: string, base: string, lang = 'en'): string {
  const tag = languageTag(lang);
  const manifest = {
    lang: tag,
    dir: directionOf(tag),
    name: title,
    short_name: 'Assange timeline',
    description,
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: THEME.background,
    theme_color: THEME.accent,
    icons: ICONS.map((icon) => ({ src: `${base}${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
