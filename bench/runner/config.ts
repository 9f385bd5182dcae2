/**
 * What a bench run does and where: the command-line options, paths, time
 * limits, steps per series, and the log every module writes to.
 */
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../../scripts/chromium';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH = join(ROOT, 'bench');
export const TMP = join(BENCH, '.tmp');
export const BUNDLED = join(ROOT, 'public/data/timeline.json');

export type Impl = 'ours' | 'baseline' | 'timelinejs';
export const IMPLS: Impl[] = ['ours', 'baseline', 'timelinejs'];
export const IMPL_LABEL: Record<Impl, string> = { ours: 'Ours (app)', baseline: 'vis-timeline, plain', timelinejs: 'TimelineJS3' };

export interface Options {
  quick: boolean;
  build: boolean;
  appDist: string;
  out: string;
  reps: number;
  sizes: (number | 'bundled')[];
  impls: Impl[];
  /** Lighthouse runs per page (median reported); 0 skips Lighthouse. */
  lighthouseRuns: number;
  /** Lighthouse only, no datasets. */
  lighthouseOnly: boolean;
  /** Events in the dataset of the whole-dataset work row (bench/runner/whole-work.ts); 0 skips the row. */
  wholeWorkEvents: number;
  /** Only that row: no datasets, no Lighthouse. */
  wholeWorkOnly: boolean;
}

export function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const build = !argv.includes('--no-build');
  const sizes = (value('--sizes') ?? (quick ? 'bundled' : 'bundled,1000,5000,10000,50000,100000'))
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
    lighthouseRuns: Number(value('--lighthouse-runs') ?? (quick ? 0 : 3)),
    lighthouseOnly: argv.includes('--lighthouse-only'),
    // The smoke run checks the row runs, at a size that keeps it quick.
    wholeWorkEvents: Number(value('--whole-work-events') ?? (quick ? 2_000 : 150_000)),
    wholeWorkOnly: argv.includes('--whole-work-only'),
  };
}

export const opts = parseArgs(process.argv.slice(2));

/** Time limits. A load that takes longer is recorded as "did not finish" and larger sizes are skipped for that implementation. */
export const LIMITS = {
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
export type Limits = typeof LIMITS;

export const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // Keep rAF and timers at full rate in a headless page.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
export const VIEWPORT = { width: 1280, height: 800 };
/** Steps per series: zoom in, drag, zoom in, zoom out (the smoke run only checks that they run). */
export const FULL_STEPS = { zoomIn: 10, pan: 20, zoomOut: 20, tlZoom: 5 };
export const STEPS = opts.quick ? { zoomIn: 3, pan: 5, zoomOut: 6, tlZoom: 2 } : FULL_STEPS;
export type Steps = typeof FULL_STEPS;

export const started = performance.now();
export const log = (...parts: unknown[]) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)}s]`, ...parts);
export const loadAtStart = os.loadavg();
