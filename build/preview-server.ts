import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, posix, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compressedFiles } from './preview-compress.ts';
import { headersFor, parseHeadersFile } from './headers.ts';

/**
 * Makes `vite preview` behave like a static host serving `dist/`: the headers
 * of `dist/_headers` on every response, and `404.html` with status 404 for a
 * path that has no file (instead of Vite's fallback to index.html), and text
 * files compressed as a CDN sends them (preview-compress.ts). A path that is
 * not in normal form (`//`, `.` or `..` segments, an encoded `/`, `\` or `.`)
 * is redirected to its normal form first, so the headers are always those of
 * the file that is served: `/embed//` or `/embed/..%2f` once got the embed's
 * frame policy on the app's page (issue 21).
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
        // Not new URL(req.url, …): it reads "//embed/" as a host and resolves ".." before we see it.
        const raw = req.url ?? '/';
        const query = raw.search(/[?#]/);
        const rawPath = query < 0 ? raw : raw.slice(0, query);
        const search = query < 0 ? '' : raw.slice(query).replace(/#.*$/, '');
        const pathname = decodeURIComponentSafe(rawPath);
        const normal = normalPath(rawPath);
        if (normal !== rawPath) {
          for (const [name, value] of Object.entries(headersFor(decodeURIComponentSafe(normal), rules))) res.setHeader(name, value);
          res.statusCode = 308;
          res.setHeader('Location', `${normal}${search}`);
          res.end();
          return;
        }
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

/**
 * The path in normal form, still percent-encoded: decoded, backslashes read as
 * slashes (as some hosts do), runs of slashes collapsed, `.` and `..` resolved
 * (never above the root), then encoded again. A path already in normal form
 * comes back unchanged.
 */
export function normalPath(rawPathname: string): string {
  const decoded = decodeURIComponentSafe(rawPathname).replace(/\\/g, '/');
  const trailing = /\/\.{0,2}$/.test(decoded) && decoded !== '/' ? '/' : '';
  const resolved = posix.normalize(`/${decoded}`).replace(/\/+$/, '') || '/';
  const normal = resolved === '/' ? '/' : `${resolved}${trailing}`;
  const encoded = normal.split('/').map((segment) => encodeURIComponent(decodeURIComponentSafe(segment))).join('/');
  // Keep the client's own spelling of characters that need no escaping ("%7E" or "~") when nothing else changed.
  return encoded === rawPathname || decodeURIComponentSafe(rawPathname) === normal && !/%(2f|5c|2e)/i.test(rawPathname) ? rawPathname : encoded;
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
