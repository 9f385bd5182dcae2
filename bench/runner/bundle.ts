/** What the built index.html makes the browser fetch on first view, raw and gzipped. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bundle {
  files: { file: string; kind: 'js' | 'css'; bytes: number; gzip: number }[];
  js: { bytes: number; gzip: number };
  css: { bytes: number; gzip: number };
  /** What a wide screen adds to the first view: the desktop timeline's chunk, its imports and its stylesheet (absent in builds before issue 13). */
  desktop?: { files: string[]; js: { bytes: number; gzip: number }; css: { bytes: number; gzip: number } };
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
    // The timeline for one kind of screen (data-screen="wide" or "narrow") is not in every screen's first view.
    const isPreload = /rel="modulepreload"/.test(tag) && !/data-screen=/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isStyle) refs.add(src.replace(/^\.?\//, ''));
  }
  return [...refs].map((ref) => join(dist, ref));
}

/** The desktop timeline's chunk (lazy-parts.ts) and the chunks it imports that the first view does not have, with its stylesheet. */
function desktopTimelineAssets(dist: string, firstView: readonly string[]): string[] {
  const assets = join(dist, 'assets');
  const names = existsSync(assets) ? readdirSync(assets) : [];
  const entry = names.find((f) => /^timeline-panel-[\w-]+\.js$/.test(f));
  if (!entry) return [];
  const seen = new Set(firstView.map((f) => basename(f)));
  const files: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    files.push(join(assets, name));
    for (const match of readFileSync(join(assets, name), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) visit(match[1]!);
  };
  visit(entry);
  return [...files, ...names.filter((f) => /^timeline-panel-[\w-]+\.css$/.test(f)).map((f) => join(assets, f))];
}

const sizes = (dist: string, paths: readonly string[]) =>
  paths.map((file) => {
    const data = readFileSync(file);
    return { file: relative(dist, file), kind: file.endsWith('.css') ? ('css' as const) : ('js' as const), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });

const sum = (files: ReturnType<typeof sizes>, kind: 'js' | 'css') =>
  files.filter((f) => f.kind === kind).reduce((t, f) => ({ bytes: t.bytes + f.bytes, gzip: t.gzip + f.gzip }), { bytes: 0, gzip: 0 });

export function measureBundle(dist: string): Bundle {
  const first = firstViewAssets(dist);
  const files = sizes(dist, first);
  const desktop = sizes(dist, desktopTimelineAssets(dist, first));
  const assets = join(dist, 'assets');
  const allJs = existsSync(assets)
    ? execFileSync('find', [assets, '-name', '*.js', '-type', 'f'], { encoding: 'utf8' }).split('\n').filter(Boolean)
    : [];
  return {
    files,
    js: sum(files, 'js'),
    css: sum(files, 'css'),
    ...(desktop.length ? { desktop: { files: desktop.map((f) => f.file), js: sum(desktop, 'js'), css: sum(desktop, 'css') } } : {}),
    allJsGzip: allJs.reduce((t, f) => t + gzipSync(readFileSync(f), { level: 9 }).length, 0),
  };
}
