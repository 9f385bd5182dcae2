/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './build/headers.ts';
import { manifestLink } from './build/offline/html-links.ts';
import { devTimelineIndex } from './build/dev-index.ts';
import { preloadAppChunk } from './build/preload-app-chunk.ts';
import { staticHostPreview } from './build/preview-server.ts';
import { readSiteConfig } from './build/site-config.ts';

export { CONTENT_SECURITY_POLICY };

/** Puts the policy in the built index.html, first thing after the charset, so it covers everything that follows. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP meta tag to follow');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

const site = readSiteConfig();

export default defineConfig({
  // Under a sub-path (SITE_URL=https://example.org/timeline/) every URL the build writes starts with it.
  base: site.base,
  // The published address, for embed code (src/lib/site-url.ts); '' when SITE_URL was not set.
  define: {
    __SITE_URL__: JSON.stringify(site.placeholder ? '' : site.siteUrl),
    // Lingui's runtime keeps its ICU compiler behind this check: the build ships precompiled catalogs only.
    // (Vite sets NODE_ENV before it reads this file: "production" for a build, "development" for the dev server.)
    'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV === 'production' ? 'production' : 'development'),
  },
  plugins: [react(), contentSecurityPolicy(), preloadAppChunk(), manifestLink(site.base), staticHostPreview(), devTimelineIndex()],
  server: { port: 5173 },
  // Headers come from dist/_headers, as on a static host (build/preview-server.ts).
  preview: { port: 4173, strictPort: true },
  build: {
    sourcemap: true,
    // One stylesheet, in the page's head: the lazy parts (lazy-parts.ts) come with their look
    // already applied, in the same cascade order as before they were split off.
    cssCodeSplit: false,
    // The print stylesheet, linked from index.html, stays a file of its own: as a data: URL the CSP would refuse it.
    assetsInlineLimit: (file) => (file.endsWith('.css') ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'build/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // Worker threads start faster than forked processes: the run takes 60 s instead of 95 on two cores.
    pool: 'threads',
  },
});
