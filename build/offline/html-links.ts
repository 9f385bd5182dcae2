import type { Plugin } from 'vite';
import { MANIFEST_FILE, THEME } from './manifest.ts';

/** Links the web app manifest from the page's head (every prerendered page starts from this index.html). */
export function manifestLink(base: string): Plugin {
  return {
    name: 'manifest-link',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: `${base}${MANIFEST_FILE}` }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'theme-color', content: THEME.accent }, injectTo: 'head' },
    ],
  };
}
