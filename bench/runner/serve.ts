/** Builds the app and the comparison pages, writes the datasets, and serves both builds on loopback. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { compressedFiles } from '../../build/preview-compress';
import { loadDataset } from '../../src/domain/load-dataset';
import { writeTimelineIndex } from '../../src/domain/timeline-index/write-index';
import { SMALL_DATA_BYTES } from '../../src/lib/small-data';
import { writeSyntheticDataset } from '../synthetic';
import { BENCH, BUNDLED, ROOT, TMP, log, opts } from './config';

export function run(command: string, args: string[]): void {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
}

export function buildAll(): void {
  if (opts.build) {
    // The same Vite build and pages `npm run build` ends with, into a directory of our own,
    // so the bench does not replace dist/ under someone's running preview or e2e server.
    run('npx', ['vite', 'build', '--outDir', relative(ROOT, opts.appDist), '--emptyOutDir', '--logLevel', 'warn']);
    // The pages as deployed: static HTML first, then the app takes over.
    run('npx', ['tsx', '--tsconfig', 'build/tsconfig.json', 'build/prerender.ts', '--out', relative(ROOT, opts.appDist)]);
    // And the service worker a first visit registers, whose precache competes with the page unless it waits.
    run('npx', ['tsx', '--tsconfig', 'build/tsconfig.json', 'build/offline/write-offline.ts', '--out', relative(ROOT, opts.appDist)]);
  }
  if (!existsSync(join(opts.appDist, 'index.html'))) {
    throw new Error(`No app build at ${relative(ROOT, opts.appDist)}/index.html: run \`npm run build\` first, or drop --no-build.`);
  }
  run('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts', '--logLevel', 'warn']);
}

export interface Dataset {
  key: string;
  label: string;
  events: number;
  file: string;
  bytes: number;
}

export function datasets(): Dataset[] {
  return opts.sizes.map(datasetOf);
}

/** One dataset: the bundled one, or a synthetic one written once per version of the generator. */
export function datasetOf(size: number | 'bundled'): Dataset {
  if (size === 'bundled') {
    const events = (JSON.parse(readFileSync(BUNDLED, 'utf8')) as { events: unknown[] }).events.length;
    return { key: 'bundled', label: `bundled (${events})`, events, file: BUNDLED, bytes: statSync(BUNDLED).size };
  }
  const generator = readFileSync(join(BENCH, 'synthetic.ts'));
  const version = createHash('sha256').update(generator).digest('hex').slice(0, 16);
  const file = join(TMP, `data-${size}.json`);
  const stamp = `${file}.version`;
  if (!existsSync(file) || !existsSync(indexOf(file)) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== version) {
    const t = performance.now();
    writeSyntheticDataset(size, TMP);
    writeIndexBeside(file);
    writeFileSync(stamp, version);
    log(`generated ${relative(ROOT, file)} and its index in ${Math.round(performance.now() - t)} ms`);
  }
  return { key: String(size), label: size.toLocaleString('en-US'), events: size, file, bytes: statSync(file).size };
}

const indexOf = (file: string) => file.replace(/\.json$/, '.index.json');

/** The timeline index of a synthetic data file, as the build writes one for its own (build/prerender.ts). */
function writeIndexBeside(file: string): void {
  const bytes = readFileSync(file);
  const result = loadDataset(JSON.parse(bytes.toString('utf8')));
  if (!result.ok) throw new Error(`${relative(ROOT, file)} does not load: ${result.errors.map((e) => e.message).join('; ')}`);
  const stamp = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  writeFileSync(indexOf(file), JSON.stringify(writeTimelineIndex(result.model, stamp)));
}

/**
 * Serves the chosen dataset at any path ending in /data/timeline.json, and
 * its index at /data/timeline.index.json, as a deploy of that dataset would. Which
 * one is chosen by the `bench-dataset` cookie the runner sets on the browser
 * context: no change to the app, and no 60 MB body pushed through the
 * DevTools protocol as Playwright route fulfilment would do.
 */
export function datasetPlugin(files: ReadonlyMap<string, string>): Plugin {
  let outDir = 'dist';
  return {
    name: 'bench-dataset',
    // Before the preview's own middleware, which would otherwise answer with the built file.
    enforce: 'pre',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const key = /(?:^|;\s*)bench-dataset=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
        const data = key ? files.get(decodeURIComponent(key)) : undefined;
        if (data && /^\/(?:\?|$)/.test(req.url ?? '')) return homePageFor(data, outDir, res) || next();
        const asked = /\/data\/timeline(\.index)?\.json(?:\?|$)/.exec(req.url ?? '');
        if (!asked) return next();
        const file = data && asked[1] ? indexOf(data) : data;
        // The bundled dataset has no index in public/: the build's own is served.
        if (!file || !existsSync(file)) return next();
        // Sent as it is to both builds (`no-transform` keeps the compression middleware off it):
        // gzipping 56 MB on every load would time the server, not the page.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': statSync(file).size, 'Cache-Control': 'no-store, no-transform' });
        createReadStream(file).pipe(res);
      });
    },
  };
}

/**
 * The app's home page as a build for a large data file writes it: preloading
 * the timeline index rather than the data file (build/html/first-fetch.ts).
 * False, for the preview to answer, when the data file is small or the page
 * is not the app's.
 */
function homePageFor(data: string, outDir: string, res: ServerResponse): boolean {
  const page = join(outDir, 'index.html');
  const preload = 'rel="preload" href="/data/timeline.json"';
  if (statSync(data).size <= SMALL_DATA_BYTES || !existsSync(page)) return false;
  const html = readFileSync(page, 'utf8');
  if (!html.includes(preload)) return false;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html.replace(preload, 'rel="preload" href="/data/timeline.index.json"'));
  return true;
}

/**
 * The app's preview compresses its responses as a static host does
 * (build/preview-server.ts); `compress` gives the comparison pages the same,
 * so both download their code the same way.
 */
export async function serve(
  configFile: string,
  outDir: string | undefined,
  files: ReadonlyMap<string, string>,
  { compress = false } = {},
): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({
    configFile,
    logLevel: 'warn',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    plugins: [datasetPlugin(files), ...(compress ? [compressionPlugin()] : [])],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** The comparison pages' build compressed the way the app's preview sends its own. */
function compressionPlugin(): Plugin {
  return {
    name: 'bench-compression',
    configurePreviewServer(server) {
      const { root, build, base } = server.config;
      server.middlewares.use(compressedFiles(resolve(root, build.outDir), base.startsWith('/') ? base : '/'));
    },
  };
}
