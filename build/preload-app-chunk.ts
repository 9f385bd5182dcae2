import type { Plugin } from 'vite';

/**
 * The page's entry (src/app/boot.ts) imports the explorer (src/app/main.tsx)
 * only once the static page is painted. This adds `<link rel="modulepreload">`
 * for the explorer's chunk and the chunks it imports to the built HTML, so they
 * download alongside the page rather than after its first paint.
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
        const app = [...chunks.values()].find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
        if (!app) throw new Error(`preload-app-chunk: no chunk for ${module}; was it renamed?`);
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (files.includes(fileName) || fileName === entry?.fileName) return;
          files.push(fileName);
          chunks.get(fileName)?.imports.forEach(visit);
        };
        visit(app.fileName);
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
