import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * embed.js, the script an article includes next to the iframe, built on its
 * own after the app (`npm run build`): one classic script at a fixed address
 * (`<base>embed.js`, no content hash, since articles link it by name), with
 * the protocol module inlined and nothing else.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist', import.meta.url)),
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2019',
    lib: {
      entry: fileURLToPath(new URL('../src/embed-script/embed.ts', import.meta.url)),
      formats: ['iife'],
      name: 'timelineEmbed',
      fileName: () => 'embed.js',
    },
  },
});
