import type { Plugin } from 'vite';
import { BACKGROUND_FETCHES } from '../src/lib/background-fetches.ts';


/** The timeline each kind of screen draws first (src/app/lazy-parts.ts); the entry keeps only this screen's. */
const SCREEN_PARTS = { wide: '/src/features/timeline/timeline-panel.tsx', narrow: '/src/features/vertical-timeline/vertical-timeline.tsx' } as const;

/**
 * The page's entry (src/app/boot.ts) imports the explorer (src/app/main.tsx)
 * only once the static page is painted. This lists, in the built HTML, the
 * explorer's chunk and the chunks it imports (`<link rel="modulepreload">`)
 * and moves the data preload next to them, all at low priority, inside an
 * inert `<template>` the entry puts into the page as soon as it runs. So all
 * of it downloads in parallel instead of as a chain of imports, and none of it
 * competes with the page's HTML and stylesheet for a slow phone's bandwidth
 * (Lighthouse counts high-priority scripts that start before the first paint
 * as holding it back). The timeline the screen draws first comes with them,
 * marked `data-screen="wide"` or `"narrow"` for the entry to keep only the
 * one that screen needs.
 */
export function preloadAppChunk(module = '/src/app/main.tsx'): Plugin {
  let base = '/';
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle) return html;
        const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const chunkFor = (path: string) => {
          const found = [...chunks.values()].find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(path));
          if (!found) throw new Error(`preload-app-chunk: no chunk for ${path}; was it renamed?`);
          return found;
        };
        const listed = new Set<string>();
        /** A chunk and the chunks it imports, minus the entry and those already listed. */
        const withImports = (fileName: string, files: string[] = []): string[] => {
          if (listed.has(fileName) || fileName === entry?.fileName) return files;
          listed.add(fileName);
          files.push(fileName);
          chunks.get(fileName)?.imports.forEach((imported) => withImports(imported, files));
          return files;
        };
        const link = (file: string, screen?: string) =>
          `<link rel="modulepreload" crossorigin fetchpriority="low" href="${base}${file}"${screen ? ` data-screen="${screen}"` : ''}>`;
        const appLinks = withImports(chunkFor(module).fileName).map((file) => link(file));
        const screenLinks = Object.entries(SCREEN_PARTS).flatMap(([screen, path]) => withImports(chunkFor(path).fileName).map((file) => link(file, screen)));
        const preloads: string[] = [];
        const rest = html.replace(/\s*(?:<!--[^>]*-->\s*)?<link rel="preload"[^>]*>/g, (found) => {
          preloads.push(found.replace(/^\s*(?:<!--[^>]*-->\s*)?/, '').replace('<link ', '<link fetchpriority="low" '));
          return '';
        });
        const links = [...preloads, ...appLinks, ...screenLinks];
        const template = `<template id="${BACKGROUND_FETCHES}">\n      ${links.join('\n      ')}\n    </template>`;
        if (!rest.includes('</head>')) throw new Error('preload-app-chunk: the page has no </head>');
        return rest.replace('</head>', () => `  <!-- Fetched in the background, at low priority (src/app/boot.ts). -->\n    ${template}\n  </head>`);
      },
    },
  };
}
