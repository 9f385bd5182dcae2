/**
 * Lighthouse (from npm) on the built pages, with its mobile defaults: a
 * Moto G-sized screen, simulated slow 4G and a 4× slower CPU. It drives the
 * same Chromium as the rest of the bench, started by chrome-launcher.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable } from '../../scripts/chromium';
import { TMP, log } from './config';
import { pagePaths } from './lighthouse-pages';
import { median } from './metrics';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMINGS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;

export interface LighthousePage {
  label: string;
  path: string;
  /** Set when the page was not audited: "page not built" for a 404. */
  missing?: string;
  runs: number;
  /** Medians over the runs: scores 0–100, timings in ms, CLS unitless. */
  scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
  timings: Partial<Record<keyof typeof TIMINGS, number>>;
  /** Audits below full marks in the categories other than performance, by title, with how many runs flagged them. */
  flagged: string[];
}

export async function runLighthouse(origin: string, base: string, runs: number): Promise<LighthousePage[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'silent',
  });
  const pages: LighthousePage[] = [];
  try {
    for (const { label, path } of pagePaths()) {
      const url = `${origin}${base}${path}`;
      const status = await fetch(url).then((r) => r.status, () => 0);
      if (status !== 200) {
        pages.push({ label, path: `/${path}`, missing: status === 404 ? 'page not built' : `HTTP ${status || 'error'}`, runs: 0, scores: {}, timings: {}, flagged: [] });
        log(`lighthouse ${label}: ${status === 404 ? 'page not built' : `HTTP ${status}`}`);
        continue;
      }
      const samples: { scores: Record<string, number>; timings: Record<string, number>; flagged: string[] }[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        // The full report of the last run, for a closer look (open it in the Lighthouse viewer).
        mkdirSync(join(TMP, 'lighthouse'), { recursive: true });
        writeFileSync(join(TMP, 'lighthouse', `${label.toLowerCase().replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
        const timings = Object.fromEntries(Object.entries(TIMINGS).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? NaN]));
        const flagged = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id])
            .filter((audit) => audit && audit.score !== null && audit.score < 1)
            .map((audit) => `${c}: ${audit!.title}`),
        );
        samples.push({ scores, timings, flagged });
        log(`lighthouse ${label} run ${run + 1}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}; FCP ${Math.round(timings.fcp!)} ms, LCP ${Math.round(timings.lcp!)} ms, TBT ${Math.round(timings.tbt!)} ms, CLS ${timings.cls!.toFixed(3)}`);
      }
      const med = (pick: (s: (typeof samples)[number]) => number | undefined) => median(samples.map(pick).filter((v): v is number => Number.isFinite(v))) ?? undefined;
      const flags = new Map<string, number>();
      for (const s of samples) for (const f of s.flagged) flags.set(f, (flags.get(f) ?? 0) + 1);
      pages.push({
        label,
        path: `/${path}`,
        runs,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, med((s) => s.scores[c])])),
        timings: Object.fromEntries(Object.keys(TIMINGS).map((k) => [k, med((s) => s.timings[k])])),
        flagged: [...flags].map(([title, n]) => (n === runs ? title : `${title} (${n} of ${runs} runs)`)),
      });
    }
  } finally {
    chrome.kill();
  }
  return pages;
}
