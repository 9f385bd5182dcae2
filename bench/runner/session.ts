/**
 * One browser context on one page, with bench/probe.js injected, and the
 * primitives every scenario is made of: load, timed input, timed hook call,
 * a series of frame steps. Samples and notes collect on the session.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { join } from 'node:path';
import { BENCH, LIMITS, VIEWPORT, log, type Impl } from './config';
import type { Dataset } from './serve';

export interface StepResult {
  work: number;
  sync: number;
  frames: number;
  gaps: number;
  latency: number;
}
export interface Timed {
  t0?: number;
  seen?: number;
  end?: number;
  ms?: number;
  count?: string | null;
  error?: string;
}
export interface LoadResult {
  seen?: number;
  end?: number;
  total?: number | null;
  domNodes?: number;
  error?: string;
}
export interface Probe {
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

export const PROBE_PATH = join(BENCH, 'probe.js');

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class TimeoutError extends Error {}

/** Raw numbers from one repetition: metric → samples (several for frame metrics, one otherwise). */
export type Samples = Record<string, number[]>;

export interface RepOutcome {
  samples: Samples;
  notes: string[];
  /** Set when the page did not load in time: the implementation is not tried at larger sizes. */
  dnf?: string;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  samples: Samples;
  notes: string[];
}

export const add = (samples: Samples, metric: string, ...values: number[]) => {
  (samples[metric] ??= []).push(...values.filter((v) => Number.isFinite(v)));
};

/** A fresh browser context and page; `into` continues an earlier session's samples and notes. */
export async function open(browser: Browser, dataset: Dataset, impl: Impl, origin: string, into?: Pick<Session, 'samples' | 'notes'>): Promise<Session> {
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
  return { context, page, cdp, samples: into?.samples ?? {}, notes: into?.notes ?? [] };
}

/** Navigates and waits until the page is drawn; a reason when it was not, in time or at all. */
async function load(s: Session, url: string, impl: Impl): Promise<LoadResult | string> {
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
  return load;
}

/** Loads the page again in a fresh session, unmeasured, for a phase that needs a page not still busy with the last one. */
export async function reload(s: Session, url: string, impl: Impl): Promise<string | undefined> {
  const result = await load(s, url, impl);
  return typeof result === 'string' ? result : undefined;
}

export async function loadAndHeap(s: Session, url: string, dataset: Dataset, impl: Impl): Promise<string | undefined> {
  const result = await load(s, url, impl);
  if (typeof result === 'string') return result;
  const loaded = result;
  add(s.samples, 'loadMs', loaded.end!);
  // Where the app's load went: the stages it marks (src/features/dataset/fetch-dataset.ts, LOAD_MARKS).
  const stages = await s.page.evaluate(() => ['received', 'parsed', 'checked'].map((stage) => performance.getEntriesByName(`dataset:${stage}`)[0]?.startTime ?? NaN));
  add(s.samples, 'loadReceivedMs', stages[0]!);
  add(s.samples, 'loadParsedMs', stages[1]!);
  add(s.samples, 'loadCheckedMs', stages[2]!);
  // A large dataset is drawn from its index first; its texts follow in a worker. The rest of the run
  // (filters, search over summaries and quotes, the heap) is measured once they are in.
  const indexed = await s.page.evaluate(() => performance.getEntriesByName('dataset:indexed')[0]?.startTime ?? NaN);
  if (!Number.isNaN(indexed)) {
    add(s.samples, 'loadIndexedMs', indexed);
    await s.page.waitForFunction(() => performance.getEntriesByName('dataset:texts').length > 0, undefined, { timeout: 60_000, polling: 50 });
    add(s.samples, 'loadTextsMs', await s.page.evaluate(() => performance.getEntriesByName('dataset:texts')[0]!.startTime));
  }
  if (loaded.total !== dataset.events) s.notes.push(`count shows ${loaded.total} events, dataset has ${dataset.events}`);
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
export async function taskTime(s: Session): Promise<number> {
  const { metrics } = await s.cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Runs one series of steps and records per-step work, latency, and the series' task time per step (after a 300 ms settle). */
export async function series(s: Session, metric: 'zoom' | 'pan', planned: number, run: () => Promise<StepResult[]>): Promise<void> {
  const before = await taskTime(s);
  const steps = await withTimeout(run(), LIMITS.seriesMs + LIMITS.actionMs, metric);
  if (steps.length < planned) s.notes.push(`${metric}: ${steps.length} of ${planned} steps within the ${LIMITS.seriesMs / 1000} s series budget`);
  await s.page.waitForTimeout(300);
  const after = await taskTime(s);
  add(s.samples, `${metric}Work`, ...steps.map((r) => r.work));
  add(s.samples, `${metric}Latency`, ...steps.map((r) => r.latency));
  if (steps.length) add(s.samples, `${metric}TaskPerStep`, (after - before) / steps.length);
}

/** The sample key under which a time-out of `metric` is kept. */
export const timeoutKey = (metric: string) => `${metric}:timeout`;

/** Records a timed result; a time-out is kept as "> limit". A page still busy past the limit ends the repetition. */
export async function record(s: Session, metric: string, pending: Promise<Timed>): Promise<boolean> {
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

/** Arms the probe, performs a real input through Playwright, and records input → rendered frame. */
export async function timed(s: Session, metric: string, trigger: string, condition: string, action: () => Promise<unknown>): Promise<boolean> {
  await s.page.evaluate(([t, c, ms]) => void window.__probe.arm(t, c, ms), [trigger, condition, LIMITS.actionMs] as const);
  await action();
  return record(s, metric, s.page.evaluate(() => window.__probe.pending()));
}

export async function hookCall(s: Session, metric: string, name: string, args: unknown[], condition: string): Promise<void> {
  await record(s, metric, s.page.evaluate(([n, a, c, ms]) => window.__probe.call(n, a, c, ms), [name, args, condition, LIMITS.actionMs] as const));
}
