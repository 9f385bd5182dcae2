/** What the built index.html makes the browser fetch on first view, raw and gzipped. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bundle {
  files: { file: string; kind: 'js' | 'css'; bytes: number; gzip: number }[];
  js: { bytes: number; gzip: number };
  css: { bytes: number; gzip: number };
  allJsGzip: number;
}

/** The JS and CSS the built index.html loads on first view: its module script, modulepreloads and stylesheets. */
export function firstViewAssets(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^https?:/.test(src)) continue;
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isStyle) refs.add(src.replace(/^\.?\//, ''));
  }
  return [...refs].map((ref) => join(dist, ref));
}

export function measureBundle(dist: string): Bundle {
  const files = firstViewAssets(dist).map((file) => {
    const data = readFileSync(file);
    return { file: relative(dist, file), kind: file.endsWith('.css') ? ('css' as const) : ('js' as const), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  const sum = (kind: 'js' | 'css') =>
    files.filter((f) => f.kind === kind).reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  const assets = join(dist, 'assets');
  const allJs = existsSync(assets)
    ? execFileSync('find', [assets, '-name', '*.js', '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean)
    : [];
  return { files, js: sum('js'), css: sum('css'), allJsGzip: allJs.reduce((t, f) => t + gzipSync(readFileSync(f), { level: 9 }).length, 0) };
}
