/**
 * The benchmark: `npm run bench` (full) or `npm run bench:smoke` (quick, for the test chain).
 *
 * Builds the app and the comparison pages, serves both builds on loopback,
 * and drives headless Chromium over synthetic datasets (bench/synthetic.ts)
 * and the bundled one, for the app ("ours"), plain vis-timeline ("baseline")
 * and, where it copes, TimelineJS3. Writes results.json and RESULTS.md.
 *
 * Options:
 *   --quick            1 repetition, datasets [bundled, 1000] only (smoke run)
 *   --no-build         use an existing app build (default dist/) instead of building one
 *   --app-dist <dir>   the app build to serve (default: bench/.tmp/dist-app when building, dist/ with --no-build)
 *   --out <dir>        where to write results.json and RESULTS.md (default bench/)
 *   --reps <n>         repetitions per dataset and implementation (default 3)
 *   --sizes <list>     comma-separated, e.g. bundled,1000,10000 (default bundled,1000,5000,10000,50000,100000)
 *   --impls <list>     comma-separated subset of ours,baseline,timelinejs
 *   --render <file>    only rewrite RESULTS.md next to a saved results.json
 *   --overview-only    for the app, measure only the overview strip's drag step (bench/overview-drag.ts)
 *
 * No timing here is asserted: this reports, it does not judge.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { SEARCH_WORD, writeSyntheticDataset } from './synthetic';
import { OVERVIEW_METRICS, OVERVIEW_ONLY, recordOverviewDrag } from './overview-drag';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const TMP = join(BENCH, '.tmp');
const BUNDLED = join(ROOT, 'public/data/timeline.json');

// ---------------------------------------------------------------- options

type Impl = 'ours' | 'baseline' | 'timelinejs';
const IMPLS: Impl[] = ['ours', 'baseline', 'timelinejs'];
const IMPL_LABEL: Record<Impl, string> = { ours: 'Ours (app)', baseline: 'vis-timeline, plain', timelinejs: 'TimelineJS3' };

interface Options {
  quick: boolean;
  build: boolean;
  appDist: string;
  out: string;
  reps: number;
  sizes: (number | 'bundled')[];
  impls: Impl[];
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const build = !argv.includes('--no-build');
  const sizes = (value('--sizes') ?? (quick ? 'bundled,1000' : 'bundled,1000,5000,10000,50000,100000'))
    .split(',')
    .map((s) => (s.trim() === 'bundled' ? ('bundled' as const) : Number(s)));
  if (sizes.some((s) => s !== 'bundled' && (!Number.isInteger(s) || s < 1))) throw new Error(`bad --sizes ${value('--sizes')}`);
  const impls = (value('--impls') ?? IMPLS.join(',')).split(',').map((s) => s.trim() as Impl);
  if (impls.some((i) => !IMPLS.includes(i))) throw new Error(`bad --impls ${value('--impls')}`);
  return {
    quick,
    build,
    appDist: resolve(ROOT, value('--app-dist') ?? (build ? 'bench/.tmp/dist-app' : 'dist')),
    out: resolve(ROOT, value('--out') ?? 'bench'),
    reps: Number(value('--reps') ?? (quick ? 1 : 3)),
    sizes,
    impls,
  };
}

const opts = parseArgs(process.argv.slice(2));

/** Time limits. A load that takes longer is recorded as "did not finish" and larger sizes are skipped for that implementation. */
const LIMITS = {
  loadMs: { ours: 180_000, baseline: 60_000, timelinejs: 30_000 } satisfies Record<Impl, number>,
  /** An interaction that takes longer is recorded as "> limit"; if the page is still busy the repetition ends there. */
  actionMs: 20_000,
  /** A zoom or pan series stops after this long (the steps done so far count). */
  seriesMs: 10_000,
  /** TimelineJS is tried only up to this many events (a load alone above 1,000: its zoom steps take seconds each there). */
  timelinejsMaxEvents: opts.quick ? 100 : 10_000,
  timelinejsInteractMaxEvents: 1_000,
  /** After one load slower than this, or one repetition longer than slowRepMs, the remaining repetitions at that size are skipped (keeps a full run near 10 minutes). */
  slowLoadMs: 20_000,
  slowRepMs: 40_000,
};

const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // Keep rAF and timers at full rate in a headless page.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
const VIEWPORT = { width: 1280, height: 800 };
/** Steps per series: zoom in, drag, zoom in, zoom out (the smoke run only checks that they run). */
const FULL_STEPS = { zoomIn: 10, pan: 20, zoomOut: 20, tlZoom: 5 };
const STEPS = opts.quick ? { zoomIn: 3, pan: 5, zoomOut: 6, tlZoom: 2 } : FULL_STEPS;

const log = (...parts: unknown[]) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...parts);
const started = performance.now();
const loadAtStart = os.loadavg();

// ---------------------------------------------------------------- build and serve

function run(command: string, args: string[]): void {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
}

function buildAll(): void {
  if (opts.build) {
    // The same Vite build `npm run build` ends with, into a directory of our own, so the
    // bench does not replace dist/ under someone's running preview or e2e server.
    run('npx', ['vite', 'build', '--outDir', relative(ROOT, opts.appDist), '--emptyOutDir', '--logLevel', 'warn']);
  }
  if (!existsSync(join(opts.appDist, 'index.html'))) {
    throw new Error(`No app build at ${relative(ROOT, opts.appDist)}/index.html: run \`npm run build\` first, or drop --no-build.`);
  }
  run('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts', '--logLevel', 'warn']);
}

interface Dataset {
  key: string;
  label: string;
  events: number;
  file: string;
  bytes: number;
}

function datasets(): Dataset[] {
  const generator = readFileSync(join(BENCH, 'synthetic.ts'));
  const version = createHash('sha256').update(generator).digest('hex').slice(0, 16);
  return opts.sizes.map((size) => {
    if (size === 'bundled') {
      const events = (JSON.parse(readFileSync(BUNDLED, 'utf8')) as { events: unknown[] }).events.length;
      return { key: 'bundled', label: `bundled (${events})`, events, file: BUNDLED, bytes: statSync(BUNDLED).size };
    }
    const file = join(TMP, `data-${size}.json`);
    const stamp = `${file}.version`;
    if (!existsSync(file) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== version) {
      const t = performance.now();
      writeSyntheticDataset(size, TMP);
      writeFileSync(stamp, version);
      log(`generated ${relative(ROOT, file)} in ${Math.round(performance.now() - t)} ms`);
    }
    return { key: String(size), label: size.toLocaleString('en-US'), events: size, file, bytes: statSync(file).size };
  });
}

/**
 * Serves the chosen dataset at any path ending in /data/timeline.json. Which
 * one is chosen by the `bench-dataset` cookie the runner sets on the browser
 * context: no change to the app, and no 60 MB body pushed through the
 * DevTools protocol as Playwright route fulfilment would do.
 */
function datasetPlugin(files: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'bench-dataset',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!/\/data\/timeline\.json(?:\?|$)/.test(req.url ?? '')) return next();
        const key = /(?:^|;\s*)bench-dataset=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
        const file = key ? files.get(decodeURIComponent(key)) : undefined;
        if (!file) return next();
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': statSync(file).size, 'Cache-Control': 'no-store' });
        createReadStream(file).pipe(res);
      });
    },
  };
}

async function serve(configFile: string, outDir: string | undefined, files: ReadonlyMap<string, string>): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({
    configFile,
    logLevel: 'warn',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    plugins: [datasetPlugin(files)],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

// ---------------------------------------------------------------- bundle

interface Bundle {
  files: { file: string; kind: 'js' | 'css'; bytes: number; gzip: number }[];
  js: { bytes: number; gzip: number };
  css: { bytes: number; gzip: number };
  allJsGzip: number;
}

/** The JS and CSS the built index.html loads on first view: its module script, modulepreloads and stylesheets. */
function firstViewAssets(dist: string): string[] {
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

function measureBundle(dist: string): Bundle {
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

// ---------------------------------------------------------------- in-page probe

interface StepResult {
  work: number;
  sync: number;
  frames: number;
  gaps: number;
  latency: number;
}
interface Timed {
  t0?: number;
  seen?: number;
  end?: number;
  ms?: number;
  count?: string | null;
  error?: string;
}
interface LoadResult {
  seen?: number;
  end?: number;
  total?: number | null;
  domNodes?: number;
  error?: string;
}
interface Probe {
  load: Promise<LoadResult>;
  arm: (trigger: string, condition: string, timeoutMs?: number) => string | null;
  call: (name: string, args: unknown[], condition: string, timeoutMs?: number) => Promise<Timed>;
  pending: () => Promise<Timed>;
  wheelSteps: (selector: string, deltaY: number, count: number, budgetMs: number) => Promise<StepResult[]>;
  hookSteps: (factor: number, count: number, budgetMs: number) => Promise<StepResult[]>;
  panSteps: (selector: string, dx: number, count: number, kind: 'pointer' | 'mouse', budgetMs: number) => Promise<StepResult[]>;
  axisText: () => string | null;
  visibleItem: (selector: string) => { x: number; y: number } | null;
  countText: () => string | null;
}
declare global {
  interface Window {
    __probe: Probe;
    __benchConfig: { drawnSelector: string; loadTimeoutMs: number };
  }
}

const PROBE_PATH = join(BENCH, 'probe.js');

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class TimeoutError extends Error {}

// ---------------------------------------------------------------- scenarios

/** Raw numbers from one repetition: metric → samples (several for frame metrics, one otherwise). */
type Samples = Record<string, number[]>;

interface RepOutcome {
  samples: Samples;
  notes: string[];
  /** Set when the page did not load in time: the implementation is not tried at larger sizes. */
  dnf?: string;
}

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  samples: Samples;
  notes: string[];
}

const add = (samples: Samples, metric: string, ...values: number[]) => {
  (samples[metric] ??= []).push(...values.filter((v) => Number.isFinite(v)));
};

async function open(browser: Browser, dataset: Dataset, impl: Impl, origin: string): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'no-preference' });
  await context.addCookies([{ name: 'bench-dataset', value: dataset.key, url: origin }]);
  const page = await context.newPage();
  page.setDefaultTimeout(LIMITS.actionMs + 5_000);
  const config = { drawnSelector: impl === 'timelinejs' ? '.tl-timemarker' : '.vis-item', loadTimeoutMs: LIMITS.loadMs[impl] };
  await page.addInitScript({ content: `window.__benchConfig = ${JSON.stringify(config)};` });
  await page.addInitScript({ path: PROBE_PATH });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  page.on('pageerror', (error) => log(`  page error (${impl}, ${dataset.key}): ${error.message.slice(0, 200)}`));
  return { context, page, cdp, samples: {}, notes: [] };
}

async function loadAndHeap(s: Session, url: string, dataset: Dataset, impl: Impl): Promise<string | undefined> {
  await s.page.goto(url, { waitUntil: 'commit' });
  await s.page.waitForFunction(() => !!window.__probe, undefined, { timeout: 30_000 });
  const limit = LIMITS.loadMs[impl];
  let load: LoadResult;
  try {
    load = await withTimeout(s.page.evaluate(() => window.__probe.load), limit + 5_000, 'load');
  } catch (error) {
    if (error instanceof TimeoutError) return `did not finish within ${limit / 1000} s`;
    throw error;
  }
  if (load.error || load.end === undefined) return load.error?.includes('not met') ? `did not finish within ${limit / 1000} s` : `failed: ${load.error}`;
  add(s.samples, 'loadMs', load.end);
  if (load.total !== dataset.events) s.notes.push(`count shows ${load.total} events, dataset has ${dataset.events}`);
  // Let post-load work settle, then the retained heap after a full GC.
  await s.page.waitForTimeout(300);
  await s.cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await s.cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  add(s.samples, 'heapMB', metric('JSHeapUsedSize') / 1_048_576);
  add(s.samples, 'domNodes', metric('Nodes'));
  return undefined;
}

/** Main-thread task time so far (CDP TaskDuration), in ms: catches work deferred to timers, which per-frame figures can miss. */
async function taskTime(s: Session): Promise<number> {
  const { metrics } = await s.cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Runs one series of steps and records per-step work, latency, and the series' task time per step (after a 300 ms settle). */
async function series(s: Session, metric: 'zoom' | 'pan', planned: number, run: () => Promise<StepResult[]>): Promise<void> {
  const before = await taskTime(s);
  const steps = await withTimeout(run(), LIMITS.seriesMs + LIMITS.actionMs, metric);
  if (steps.length < planned) s.notes.push(`${metric}: ${steps.length} of ${planned} steps within the ${LIMITS.seriesMs / 1000} s series budget`);
  await s.page.waitForTimeout(300);
  const after = await taskTime(s);
  add(s.samples, `${metric}Work`, ...steps.map((r) => r.work));
  add(s.samples, `${metric}Latency`, ...steps.map((r) => r.latency));
  if (steps.length) add(s.samples, `${metric}TaskPerStep`, (after - before) / steps.length);
}

/**
 * Zoom in, pan, zoom in further, (select an event on the timeline, if one is
 * drawn individually at that zoom), zoom back out.
 */
async function zoomAndPan(s: Session, impl: Impl, select?: () => Promise<void>): Promise<void> {
  const page = s.page;
  const budget = LIMITS.seriesMs;
  if (impl === 'timelinejs') {
    await series(s, 'zoom', STEPS.tlZoom, () => page.evaluate(([n, b]) => window.__probe.hookSteps(0.5, n, b), [STEPS.tlZoom, budget] as const));
    await series(s, 'zoom', STEPS.tlZoom, () => page.evaluate(([n, b]) => window.__probe.hookSteps(2, n, b), [STEPS.tlZoom, budget] as const));
    await series(s, 'pan', STEPS.pan, () =>
      page.evaluate(([n, b]) => window.__probe.panSteps('.tl-timenav-slider-background', 12, n, 'mouse', b), [STEPS.pan, budget] as const),
    );
    return;
  }
  const wheel = (deltaY: number, count: number) => () =>
    page.evaluate(([d, n, b]) => window.__probe.wheelSteps('.vis-center', d, n, b), [deltaY, count, budget] as const);
  const before = await page.evaluate(() => window.__probe.axisText());
  await series(s, 'zoom', STEPS.zoomIn, wheel(-100, STEPS.zoomIn));
  await series(s, 'pan', STEPS.pan, () => page.evaluate(([n, b]) => window.__probe.panSteps('.vis-center', 12, n, 'pointer', b), [STEPS.pan, budget] as const));
  await series(s, 'zoom', STEPS.zoomIn, wheel(-100, STEPS.zoomIn));
  const after = await page.evaluate(() => window.__probe.axisText());
  if (before === after) s.notes.push('the wheel did not change the time axis: zoom figures measure nothing');
  if (select) await select();
  await series(s, 'zoom', STEPS.zoomOut, wheel(100, STEPS.zoomOut));
}

/** Arms the probe, performs a real input through Playwright, and records input → rendered frame. */
const timeoutKey = (metric: string) => `${metric}:timeout`;

/** Records a timed result; a time-out is kept as "> limit". A page still busy past the limit ends the repetition. */
async function record(s: Session, metric: string, pending: Promise<Timed>): Promise<boolean> {
  let result: Timed;
  try {
    result = await withTimeout(pending, LIMITS.actionMs + 5_000, metric);
  } catch (error) {
    if (error instanceof TimeoutError) add(s.samples, timeoutKey(metric), LIMITS.actionMs);
    throw error;
  }
  if (result.error || result.ms === undefined) {
    if (/not met within/.test(result.error ?? '')) add(s.samples, timeoutKey(metric), LIMITS.actionMs);
    s.notes.push(`${metric}: ${result.error ?? 'no result'}`);
    return false;
  }
  add(s.samples, metric, result.ms);
  return true;
}

async function timed(s: Session, metric: string, trigger: string, condition: string, action: () => Promise<unknown>): Promise<boolean> {
  await s.page.evaluate(([t, c, ms]) => void window.__probe.arm(t, c, ms), [trigger, condition, LIMITS.actionMs] as const);
  await action();
  return record(s, metric, s.page.evaluate(() => window.__probe.pending()));
}

async function hookCall(s: Session, metric: string, name: string, args: unknown[], condition: string): Promise<void> {
  await record(s, metric, s.page.evaluate(([n, a, c, ms]) => window.__probe.call(n, a, c, ms), [name, args, condition, LIMITS.actionMs] as const));
}

/** Filters and search through the app's own controls; `prefix` tells the timeline view from the list view. */
async function filterAndSearch(s: Session, prefix: '' | 'list'): Promise<void> {
  const name = (metric: string) => (prefix ? `${prefix}${metric[0]!.toUpperCase()}${metric.slice(1)}` : metric);
  const page = s.page;
  const actors = page.getByRole('button', { name: /^Actors/ });
  await actors.click();
  const box = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first();
  await box.waitFor({ timeout: LIMITS.actionMs });
  await timed(s, name('filterMs'), 'click', 'count-changed', () => box.click());
  await timed(s, name('filterClearMs'), 'click', 'count-changed', () => box.click());
  await page.keyboard.press('Escape');
  const search = page.getByRole('searchbox', { name: 'Search', exact: true });
  await timed(s, name('searchMs'), 'input', 'count-changed', () => search.fill(SEARCH_WORD));
  await timed(s, name('searchClearMs'), 'input', 'count-changed', () => search.fill(''));
}

async function closePanel(s: Session): Promise<void> {
  const close = s.page.getByRole('button', { name: 'Close event' });
  if (await close.isVisible()) await close.click();
  await s.page.getByRole('complementary').waitFor({ state: 'hidden', timeout: LIMITS.actionMs }).catch(() => undefined);
}

/**
 * Clicks an event drawn on the timeline (not a cluster) and waits for
 * `condition`. Where only clusters are drawn at this zoom, zooms in further
 * (unmeasured) until single events appear, and back out afterwards.
 */
async function selectOnTimeline(s: Session, condition: 'panel' | 'selected'): Promise<void> {
  const page = s.page;
  // The app may redraw items only once a zoom has settled, so look for up to 1.5 s.
  const find = () =>
    page
      .waitForFunction(
        () =>
          window.__probe.visibleItem('.vis-item:has([data-event-id])') ??
          window.__probe.visibleItem('.vis-item:not(.tl-cluster):not(.vis-line):not(.vis-dot):not(.vis-background)'),
        undefined,
        { timeout: 1_500, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
  const zoom = (deltaY: number, count: number) =>
    withTimeout(page.evaluate(([d, n, b]) => window.__probe.wheelSteps('.vis-center', d, n, b), [deltaY, count, LIMITS.seriesMs] as const), LIMITS.seriesMs + LIMITS.actionMs, 'zoom');
  let extra = 0;
  let item = await find();
  while (!item && extra < 30) {
    extra += (await zoom(-100, 5)).length;
    item = await find();
  }
  if (!item) s.notes.push('selectMs: no single event drawn on screen even after 30 more zoom steps');
  else {
    await timed(s, 'selectMs', 'pointerup', condition, () => page.mouse.click(item.x, item.y));
    if (condition === 'panel') await closePanel(s);
  }
  if (extra > 0) await zoom(100, extra);
}

async function scenarioOurs(s: Session): Promise<void> {
  await recordOverviewDrag(s.page, (metric, values, note) => {
    add(s.samples, metric, ...values);
    if (note) s.notes.push(note);
  });
  if (OVERVIEW_ONLY) return;
  await zoomAndPan(s, 'ours', () => selectOnTimeline(s, 'panel'));
  await filterAndSearch(s, '');
  await timed(s, 'listSwitchMs', 'click', 'list', () => s.page.getByRole('button', { name: 'List', exact: true }).click());
  await filterAndSearch(s, 'list');
  const row = s.page.locator('main ol > li button').first();
  await timed(s, 'listSelectMs', 'pointerup', 'panel', () => row.click());
}

async function scenarioBaseline(s: Session): Promise<void> {
  await zoomAndPan(s, 'baseline', () => selectOnTimeline(s, 'selected'));
  const actor = await s.page.evaluate(() => window.__bench?.firstActorId ?? '');
  await hookCall(s, 'filterMs', 'filterActor', [actor], 'count-changed');
  await hookCall(s, 'filterClearMs', 'clear', [], 'count-changed');
  await hookCall(s, 'searchMs', 'search', [SEARCH_WORD], 'count-changed');
  await hookCall(s, 'searchClearMs', 'clear', [], 'count-changed');
}

async function repetition(browser: Browser, origins: Record<Impl, string>, dataset: Dataset, impl: Impl): Promise<RepOutcome> {
  const origin = origins[impl];
  const url = impl === 'ours' ? `${origin}/` : `${origin}/${impl}/index.html`;
  const s = await open(browser, dataset, impl, origin);
  try {
    const dnf = await loadAndHeap(s, url, dataset, impl);
    if (dnf) return { samples: s.samples, notes: s.notes, dnf };
    if (impl === 'ours') await scenarioOurs(s);
    else if (impl === 'baseline') await scenarioBaseline(s);
    else if (dataset.events <= LIMITS.timelinejsInteractMaxEvents) await zoomAndPan(s, impl);
    else s.notes.push(`load only above ${LIMITS.timelinejsInteractMaxEvents.toLocaleString('en-US')} events`);
  } catch (error) {
    s.notes.push(`stopped early: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await s.context.close().catch(() => undefined);
  }
  return { samples: s.samples, notes: s.notes };
}

// ---------------------------------------------------------------- statistics and report

function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
const median = (values: readonly number[]) => quantile(values, 0.5);

interface MetricDef {
  key: string;
  /** Which raw samples, and which statistic over all of them (pooled over repetitions). */
  from: string;
  stat: 'median' | 'p95';
  title: string;
  unit: 'ms' | 'MB' | 'nodes';
  how: string;
}

const METRICS: MetricDef[] = [
  { key: 'load', from: 'loadMs', stat: 'median', title: 'Load: navigation → timeline drawn', unit: 'ms', how: 'navigation start → first rendered frame with timeline items in the DOM and the count reading "All N events"' },
  { key: 'heap', from: 'heapMB', stat: 'median', title: 'JS heap after load', unit: 'MB', how: 'CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage, 300 ms after load' },
  { key: 'nodes', from: 'domNodes', stat: 'median', title: 'DOM nodes after load', unit: 'nodes', how: 'CDP Performance.getMetrics Nodes, same moment as the heap' },
  { key: 'zoomMedian', from: 'zoomWork', stat: 'median', title: 'Zoom (wheel in/out): work per frame, median', unit: 'ms', how: 'per wheel step: synchronous handling + rAF/style/layout/paint of the next two frames + long tasks between them' },
  { key: 'zoomP95', from: 'zoomWork', stat: 'p95', title: 'Zoom (wheel in/out): work per frame, p95', unit: 'ms', how: 'as above, 95th percentile over all steps of all repetitions' },
  { key: 'panMedian', from: 'panWork', stat: 'median', title: 'Pan (drag): work per frame, median', unit: 'ms', how: 'per pointermove of a drag over the timeline, measured as for zoom' },
  { key: 'panP95', from: 'panWork', stat: 'p95', title: 'Pan (drag): work per frame, p95', unit: 'ms', how: 'as above, 95th percentile' },
  { key: 'zoomTask', from: 'zoomTaskPerStep', stat: 'median', title: 'Zoom: main-thread task time per wheel step', unit: 'ms', how: 'CDP TaskDuration over a series of wheel steps plus 300 ms to settle, divided by the steps: includes work deferred to timers' },
  { key: 'panTask', from: 'panTaskPerStep', stat: 'median', title: 'Pan: main-thread task time per drag step', unit: 'ms', how: 'as above, for the drag' },
  { key: 'filter', from: 'filterMs', stat: 'median', title: 'Actor filter (timeline view): input → updated', unit: 'ms', how: 'click on the first actor checkbox → rendered frame with the count changed (timeline updated in the same frame); baseline: items.clear(); items.add(filtered)' },
  { key: 'search', from: 'searchMs', stat: 'median', title: `Search "${SEARCH_WORD}" (timeline view): input → updated`, unit: 'ms', how: 'input event of the Search box → rendered frame with the count changed' },
  { key: 'select', from: 'selectMs', stat: 'median', title: 'Select an event on the timeline → panel shown', unit: 'ms', how: 'pointerup on a visible timeline item → rendered frame with the event panel heading visible (baseline: the item marked selected)' },
  { key: 'listSwitch', from: 'listSwitchMs', stat: 'median', title: 'Switch to the list view', unit: 'ms', how: 'click on "List" → rendered frame with list rows' },
  { key: 'listFilter', from: 'listFilterMs', stat: 'median', title: 'Actor filter (list view): input → updated', unit: 'ms', how: 'as the timeline-view filter, with the list showing' },
  { key: 'listSearch', from: 'listSearchMs', stat: 'median', title: `Search "${SEARCH_WORD}" (list view): input → updated`, unit: 'ms', how: 'as the timeline-view search, with the list showing' },
  { key: 'listSelect', from: 'listSelectMs', stat: 'median', title: 'Select an event in the list → panel shown', unit: 'ms', how: 'pointerup on the first row → rendered frame with the event panel heading visible' },
  ...OVERVIEW_METRICS,
];

interface Cell {
  status: 'ok' | 'dnf' | 'skipped';
  reason?: string;
  reps: number;
  notes: string[];
  raw: Samples;
  summary: Record<string, number | null>;
}

function summarise(raw: Samples): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of METRICS) {
    const values = raw[m.from] ?? [];
    out[m.key] = m.stat === 'median' ? median(values) : quantile(values, 0.95);
  }
  for (const extra of ['filterClearMs', 'searchClearMs', 'listFilterClearMs', 'listSearchClearMs', 'zoomLatency', 'panLatency']) {
    out[extra] = median(raw[extra] ?? []);
  }
  return out;
}

function format(value: number | null | undefined, unit: MetricDef['unit']): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'nodes') return Math.round(value).toLocaleString('en-US');
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function ratio(other: number | null | undefined, ours: number | null | undefined): string {
  if (other === null || other === undefined || ours === null || ours === undefined || ours <= 0) return '—';
  return `${(other / ours).toFixed(2)}×`;
}

type Results = Record<string, Partial<Record<Impl, Cell>>>;

function cellText(cell: Cell | undefined, metric: MetricDef): string {
  if (!cell) return '—';
  if (cell.status === 'dnf') return `DNF (${cell.reason?.replace(/^did not finish within /, '>')})`;
  if (cell.status === 'skipped') return 'not run';
  const value = cell.summary[metric.key];
  const timedOut = cell.raw[timeoutKey(metric.from)]?.[0];
  if ((value === null || value === undefined) && timedOut) return `>${timedOut / 1000} s`;
  return format(value, metric.unit);
}

/** other ÷ ours; a lower bound ("> n×") where the other implementation timed out. */
function ratioCell(other: Cell | undefined, ours: Cell | undefined, metric: MetricDef): string {
  if (other?.status !== 'ok' || ours?.status !== 'ok') return '—';
  const mine = ours.summary[metric.key];
  const theirs = other.summary[metric.key];
  const timedOut = other.raw[timeoutKey(metric.from)]?.[0];
  if ((theirs === null || theirs === undefined) && timedOut && mine) return `>${(timedOut / mine).toFixed(0)}×`;
  return ratio(theirs, mine);
}

const SUMMARY_KEYS = ['load', 'heap', 'zoomMedian', 'panMedian', 'filter', 'search', 'listSelect'];

function markdown(report: Report): string {
  const { machine, bundle, results, datasets: sets, impls, steps } = report;
  const hasOurs = impls.includes('ours');
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(`Written by \`${report.command}\` on ${machine.date} in ${report.durationSeconds} s. Regenerate with \`npm run bench\`; the raw samples are in \`results.json\`.`, '');
  lines.push('## Machine', '');
  lines.push(`- ${machine.os}; ${machine.cpuCount} × ${machine.cpuModel}; ${machine.totalMemoryGB} GB RAM`);
  lines.push(`- Node ${machine.node}; Chromium ${machine.chromium} (headless, ${VIEWPORT.width}×${VIEWPORT.height}); Vite ${machine.vite}`);
  lines.push(`- App commit ${machine.commit}${machine.dirty ? ' (with uncommitted changes)' : ''}`);
  lines.push(`- Load average (1, 5, 15 min) at start ${machine.loadAverageAtStart}, at end ${machine.loadAverageAtEnd}: other work on the machine inflates every figure, ratios less so.`);
  lines.push(`- Up to ${report.reps} repetitions per dataset and implementation (fewer where a load took over ${report.limits.slowLoadMs / 1000} s or a repetition over ${report.limits.slowRepMs / 1000} s; see "reps"). Figures are medians; frame figures are pooled over all steps of all repetitions.`, '');

  if (hasOurs) {
    lines.push('## Summary', '', 'Ours, with *plain vis-timeline ÷ ours* in brackets (above 1× the app is faster or smaller).', '');
    const metrics = SUMMARY_KEYS.map((key) => METRICS.find((m) => m.key === key)!);
    const short: Record<string, string> = { load: 'load', heap: 'heap', zoomMedian: 'zoom frame (median)', panMedian: 'pan frame (median)', filter: 'actor filter', search: 'search', listSelect: 'select → panel (list)' };
    lines.push(`| dataset | ${metrics.map((m) => short[m.key]).join(' | ')} |`, `|---|${metrics.map(() => '---:').join('|')}|`);
    for (const d of sets) {
      const ours = results[d.key]?.ours;
      const plain = results[d.key]?.baseline;
      const cells = metrics.map((m) => {
        const text = cellText(ours, m);
        const r = ours?.status === 'ok' && plain ? (plain.status === 'ok' ? ratioCell(plain, ours, m) : plain.status === 'dnf' ? 'plain DNF' : '') : '';
        return r && r !== '—' ? `${text} (${r})` : text;
      });
      lines.push(`| ${d.label} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }

  lines.push('## First-view bundle (gzip, level 9)', '');
  lines.push('| | raw | gzip |', '|---|---:|---:|');
  lines.push(`| JS (${bundle.files.filter((f) => f.kind === 'js').map((f) => `\`${f.file}\``).join(', ')}) | ${(bundle.js.bytes / 1024).toFixed(1)} KiB | ${(bundle.js.gzip / 1024).toFixed(1)} KiB |`);
  lines.push(`| CSS (${bundle.files.filter((f) => f.kind === 'css').map((f) => `\`${f.file}\``).join(', ')}) | ${(bundle.css.bytes / 1024).toFixed(1)} KiB | ${(bundle.css.gzip / 1024).toFixed(1)} KiB |`);
  lines.push(`| All JS in the build, lazy chunks included | | ${(bundle.allJsGzip / 1024).toFixed(1)} KiB |`, '');
  lines.push('The budget (`.size-limit.cjs`, checked by `npm run size`) applies to the first-view rows.', '');

  lines.push('## Datasets', '');
  lines.push(`| dataset | events | file size | reps (${impls.map((i) => IMPL_LABEL[i]).join(' / ')}) |`, '|---|---:|---:|---|');
  for (const d of sets) {
    lines.push(`| ${d.label} | ${d.events.toLocaleString('en-US')} | ${(d.bytes / 1_048_576).toFixed(1)} MB | ${impls.map((i) => results[d.key]?.[i]?.reps ?? 0).join(' / ')} |`);
  }
  lines.push('');
  lines.push(
    `Ratios are *other ÷ ours*: above 1× the app is faster or smaller. DNF = did not finish loading within the limit (${impls.map((i) => `${IMPL_LABEL[i]} ${report.limits.loadMs[i] / 1000} s`).join(', ')}); larger datasets are then not run for that implementation. TimelineJS3 is run up to ${report.limits.timelinejsMaxEvents.toLocaleString('en-US')} events, and above ${report.limits.timelinejsInteractMaxEvents.toLocaleString('en-US')} only loaded. — = not applicable or not measured.`,
    '',
  );

  lines.push('## All figures', '');
  for (const metric of METRICS) {
    const any = sets.some((d) => impls.some((i) => results[d.key]?.[i]?.summary[metric.key] != null || !!results[d.key]?.[i]?.raw[timeoutKey(metric.from)]));
    if (!any) continue;
    lines.push(`### ${metric.title}`, '', `_${metric.how}._`, '');
    const head = ['dataset'];
    for (const i of impls) {
      head.push(IMPL_LABEL[i]);
      if (i !== 'ours' && hasOurs) head.push(`${i === 'baseline' ? 'plain' : 'TLJS'} ÷ ours`);
    }
    lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, k) => (k === 0 ? '---' : '---:')).join('|')}|`);
    for (const d of sets) {
      const row = [d.label];
      const ours = results[d.key]?.ours;
      for (const i of impls) {
        const cell = results[d.key]?.[i];
        const applicable = cell?.status !== 'ok' || cell.summary[metric.key] != null || !!cell.raw[timeoutKey(metric.from)];
        row.push(applicable ? cellText(cell, metric) : '—');
        if (i !== 'ours' && hasOurs) {
          row.push(ratioCell(cell, ours, metric));
        }
      }
      lines.push(`| ${row.join(' | ')} |`);
    }
    lines.push('');
  }
  const notes = sets.flatMap((d) => impls.flatMap((i) => (results[d.key]?.[i]?.notes ?? []).map((n) => `- ${d.label}, ${IMPL_LABEL[i]}: ${n}`)));
  if (notes.length) lines.push('## Notes from the run', '', ...[...new Set(notes)], '');
  lines.push('## How it is measured', '');
  lines.push(
    '- Each repetition is a fresh browser context on production builds served by `vite preview` on loopback. The dataset is chosen by a cookie the preview servers read: any `…/data/timeline.json` request gets that file, so neither the app nor the comparison pages are changed for the bench.',
    "- `bench/probe.js` is injected before the page's own scripts. A change counts as shown at the end of the first frame in which it is in the DOM: a `MessageChannel` task posted from that frame's last `requestAnimationFrame` callback runs only after style, layout and paint.",
    '- Interaction latencies start when the real input (Playwright click or fill) reaches a capturing listener on `window`, before any handler of the page. The baseline has no UI for filters, so its hooks are called and timed the same way.',
    `- Zoom and pan steps are dispatched in the page (synthetic \`WheelEvent\` with Chrome's legacy \`wheelDelta\`, \`PointerEvent\` drag), one step per frame: ${steps.zoomIn} wheel steps in, a ${steps.pan}-step drag, ${steps.zoomIn} more in, ${steps.zoomOut} out; a series stops after ${report.limits.seriesMs / 1000} s. TimelineJS zooms with its own \`zoomIn()\`/\`zoomOut()\` (${steps.tlZoom} each; animated, so only the first two frames count) and is dragged with \`MouseEvent\`s.`,
    '- The baseline page (`bench/baseline/`) puts every event into one vis-timeline `DataSet` with default options and filters with `items.clear(); items.add(filtered)`. The TimelineJS page (`bench/timelinejs/`) has no filter or search.',
    '',
  );
  return `${lines.join('\n')}\n`;
}

interface Report {
  command: string;
  impls: Impl[];
  steps: typeof STEPS;
  machine: Record<string, string | number | boolean>;
  reps: number;
  limits: typeof LIMITS;
  bundle: Bundle;
  datasets: Dataset[];
  results: Results;
  durationSeconds: number;
}

function machineInfo(browser: Browser): Record<string, string | number | boolean> {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGB: Math.round(os.totalmem() / 1_073_741_824),
    node: process.version,
    chromium: browser.version(),
    vite: (JSON.parse(readFileSync(join(ROOT, 'node_modules/vite/package.json'), 'utf8')) as { version: string }).version,
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', '--', 'src', 'index.html', 'package.json').length > 0,
    loadAverageAtStart: loadAtStart.map((l) => l.toFixed(2)).join(' '),
    loadAverageAtEnd: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

// ---------------------------------------------------------------- main

/** `--render <results.json>`: rewrites RESULTS.md beside it from the saved results, without measuring. */
function renderOnly(file: string): void {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  report.impls ??= IMPLS.filter((i) => Object.values(report.results).some((byImpl) => byImpl[i]));
  report.steps ??= FULL_STEPS;
  writeFileSync(join(dirname(file), 'RESULTS.md'), markdown(report));
  log(`wrote ${relative(ROOT, join(dirname(file), 'RESULTS.md'))}`);
}

async function main(): Promise<void> {
  const render = process.argv.indexOf('--render');
  if (render >= 0) return renderOnly(resolve(process.argv[render + 1] ?? join(opts.out, 'results.json')));
  mkdirSync(TMP, { recursive: true });
  buildAll();
  const bundle = measureBundle(opts.appDist);
  log(`first-view JS ${(bundle.js.gzip / 1024).toFixed(1)} KiB gzip, CSS ${(bundle.css.gzip / 1024).toFixed(1)} KiB gzip`);
  const sets = datasets();
  const files = new Map(sets.map((d) => [d.key, d.file]));

  const app = await serve(join(ROOT, 'vite.config.ts'), opts.appDist, files);
  const comparison = await serve(join(BENCH, 'vite.bench.config.ts'), undefined, files);
  const origins: Record<Impl, string> = { ours: app.origin, baseline: comparison.origin, timelinejs: comparison.origin };
  log(`serving the app at ${app.origin}, the comparison pages at ${comparison.origin}`);

  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ headless: true, args: BENCH_CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const results: Results = {};
  const gaveUp = new Map<Impl, string>();
  try {
    for (const dataset of sets) {
      results[dataset.key] = {};
      const impls = opts.impls.filter((impl) => impl !== 'timelinejs' || dataset.events <= LIMITS.timelinejsMaxEvents);
      const raw = new Map<Impl, Samples>(impls.map((i) => [i, {}]));
      const notes = new Map<Impl, string[]>(impls.map((i) => [i, []]));
      const reps = new Map<Impl, number>(impls.map((i) => [i, 0]));
      const stop = new Map<Impl, string>();
      for (const impl of impls) {
        const earlier = gaveUp.get(impl);
        if (earlier) stop.set(impl, earlier);
      }
      // Implementations alternate within each repetition, so drift hits all alike.
      for (let rep = 0; rep < opts.reps; rep++) {
        for (const impl of impls) {
          if (stop.has(impl)) continue;
          const t = performance.now();
          const outcome = await repetition(browser, origins, dataset, impl);
          reps.set(impl, reps.get(impl)! + (outcome.dnf ? 0 : 1));
          for (const [metric, values] of Object.entries(outcome.samples)) add(raw.get(impl)!, metric, ...values);
          notes.get(impl)!.push(...outcome.notes);
          const load = outcome.samples.loadMs?.[0];
          log(
            `${dataset.label.padEnd(14)} ${impl.padEnd(10)} rep ${rep + 1}: ${outcome.dnf ? `DNF, ${outcome.dnf}` : `load ${format(load, 'ms')}`}` +
              ` (${((performance.now() - t) / 1000).toFixed(1)} s)${outcome.notes.length ? ` — ${outcome.notes.join('; ')}` : ''}`,
          );
          if (outcome.dnf) {
            stop.set(impl, `DNF: ${outcome.dnf}`);
            gaveUp.set(impl, `did not finish at ${dataset.label}`);
            results[dataset.key]![impl] = { status: 'dnf', reason: outcome.dnf, reps: reps.get(impl)!, notes: notes.get(impl)!, raw: raw.get(impl)!, summary: {} };
          } else if (rep + 1 < opts.reps && ((load !== undefined && load > LIMITS.slowLoadMs) || performance.now() - t > LIMITS.slowRepMs)) {
            stop.set(impl, 'slow');
            notes
              .get(impl)!
              .push(
                load !== undefined && load > LIMITS.slowLoadMs
                  ? `${rep + 1} repetition(s) only: a load took ${format(load, 'ms')} (over ${LIMITS.slowLoadMs / 1000} s)`
                  : `${rep + 1} repetition(s) only: one took ${((performance.now() - t) / 1000).toFixed(0)} s (over ${LIMITS.slowRepMs / 1000} s)`,
              );
          }
        }
      }
      for (const impl of impls) {
        if (results[dataset.key]![impl]) continue;
        const reason = stop.get(impl);
        if (reps.get(impl) === 0 && reason) {
          results[dataset.key]![impl] = { status: 'skipped', reason: reason.replace(/^DNF: /, ''), reps: 0, notes: [], raw: {}, summary: {} };
        } else {
          const samples = raw.get(impl)!;
          results[dataset.key]![impl] = { status: 'ok', reps: reps.get(impl)!, notes: [...new Set(notes.get(impl)!)], raw: samples, summary: summarise(samples) };
        }
      }
      for (const impl of opts.impls.filter((i) => !impls.includes(i))) {
        results[dataset.key]![impl] = { status: 'skipped', reason: `not tried above ${LIMITS.timelinejsMaxEvents.toLocaleString('en-US')} events`, reps: 0, notes: [], raw: {}, summary: {} };
      }
    }
    const report: Report = {
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      impls: opts.impls,
      steps: STEPS,
      machine: machineInfo(browser),
      reps: opts.reps,
      limits: LIMITS,
      bundle,
      datasets: sets.map((d) => ({ ...d, file: relative(ROOT, d.file) })),
      results,
      durationSeconds: Math.round((performance.now() - started) / 1000),
    };
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
    const md = markdown(report);
    writeFileSync(join(opts.out, 'RESULTS.md'), md);
    console.log(`\n${md}`);
    log(`wrote ${relative(ROOT, join(opts.out, 'results.json'))} and RESULTS.md in ${report.durationSeconds} s`);
    const measured = Object.values(results).some((byImpl) => byImpl.ours?.status === 'ok' && byImpl.ours.summary.load != null);
    if (opts.impls.includes('ours') && !measured) throw new Error('the app was never measured: see the notes above');
  } finally {
    await browser.close();
    await Promise.all([app.server.close(), comparison.server.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
