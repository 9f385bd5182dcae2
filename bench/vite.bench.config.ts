/**
 * Builds the benchmark's comparison pages (plain vis-timeline, TimelineJS3)
 * into bench/.tmp/dist-baseline. Used by bench/run.ts; not part of the app.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '.tmp/dist-baseline',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2_000,
    rolldownOptions: {
      input: {
        baseline: fileURLToPath(new URL('baseline/index.html', import.meta.url)),
        timelinejs: fileURLToPath(new URL('timelinejs/index.html', import.meta.url)),
      },
    },
  },
});
