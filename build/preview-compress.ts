import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Connect } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

interface Compressed {
  type: string;
  br: Buffer;
  gzip: Buffer;
}

/**
 * Static hosts and CDNs send text files compressed (brotli or gzip, as the
 * browser asks), compressed once and kept, not on every request; Vite's
 * preview sends them raw. This compresses every text file of the build once,
 * when the server starts, and answers from memory, so a page measured on
 * `npm run preview` (Lighthouse's simulated phone network counts bytes on the
 * wire) weighs what it does in production and no request waits on the
 * compressor. Headers set before it (build/preview-server.ts) stay.
 */
export function compressedFiles(outDir: string, base: string): Connect.NextHandleFunction {
  const files = new Map<string, Compressed>();
  for (const file of walk(outDir)) {
    const type = TYPES[extname(file)];
    if (!type) continue;
    const body = readFileSync(file);
    // Brotli at 5 and gzip at 6: what CDNs that compress on the fly use, not a build's best.
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    files.set(`${base}${relative(outDir, file).split(sep).join('/')}`, { type, br, gzip: gzipSync(body, { level: 6 }) });
  }
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return next();
    }
    const found = files.get(pathname) ?? files.get(`${pathname.replace(/\/?$/, '/')}index.html`);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (!found || !encoding) return next();
    const body = found[encoding];
    // A type the headers file gave (feed.json is application/feed+json) wins over the extension's.
    if (res.getHeader('Content-Type') === undefined) res.setHeader('Content-Type', found.type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.setHeader('Vary', 'Accept-Encoding');
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
