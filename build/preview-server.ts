import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compressedFiles } from './preview-compress.ts';
import { headersFor, parseHeadersFile } from './headers.ts';

/**
 * Makes `vite preview` behave like a static host serving `dist/`: the headers
 * of `dist/_headers` on every response, and `404.html` with status 404 for a
 * path that has no file (instead of Vite's fallback to index.html), and text
 * files compressed as a CDN sends them (preview-compress.ts).
 */
export function staticHostPreview(): Plugin {
  let outDir = 'dist';
  return {
    name: 'static-host-preview',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      const headersFile = join(outDir, '_headers');
      const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
      server.middlewares.use((req, res, next) => {
        const pathname = decodeURIComponentSafe(new URL(req.url ?? '/', 'http://localhost').pathname);
        for (const [name, value] of Object.entries(headersFor(pathname, rules))) res.setHeader(name, value);
        if (!hasFile(outDir, pathname, server.config.base)) {
          const page = join(outDir, '404.html');
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(existsSync(page) ? readFileSync(page) : 'Not found');
          return;
        }
        next();
      });
      server.middlewares.use(compressedFiles(outDir, server.config.base));
    },
  };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Whether a static host would find a file for this path (a folder means its index.html). */
function hasFile(outDir: string, pathname: string, base: string): boolean {
  if (!pathname.startsWith(base)) return false;
  const relative = normalize(pathname.slice(base.length));
  if (relative.startsWith('..')) return false;
  const file = join(outDir, relative);
  try {
    const stat = statSync(file);
    return stat.isFile() || (stat.isDirectory() && existsSync(join(file, 'index.html')));
  } catch {
    return false;
  }
}
