/**
 * The benchmark: `npm run bench` (full) or `npm run bench:smoke` (quick, for the test chain).
 *
 * Builds the app and the comparison pages, serves both builds on loopback,
 * and drives headless Chromium over synthetic datasets (bench/synthetic.ts)
 * and the bundled one, for the app ("ours"), plain vis-timeline ("baseline")
 * and, where it copes, TimelineJS3. Writes results.json and RESULTS.md.
 *
 * Options:
 *   --quick            1 repetition, the bundled dataset only (smoke run)
 *   --no-build         use an existing app build (default dist/) instead of building one
 *   --app-dist <dir>   the app build to serve (default: bench/.tmp/dist-app when building, dist/ with --no-build)
 *   --out <dir>        where to write results.json and RESULTS.md (default bench/)
 *   --reps <n>         repetitions per dataset and implementation (default 3)
 *   --sizes <list>     comma-separated, e.g. bundled,1000,10000 (default bundled,1000,5000,10000,50000,100000)
 *   --impls <list>     comma-separated subset of ours,baseline,timelinejs
 *   --render <file>    only rewrite RESULTS.md next to a saved results.json
 *   --overview-only    for the app, measure only the overview strip's drag step (bench/runner/overview-drag.ts)
 *   --lighthouse-runs <n>  Lighthouse runs per page, median reported (default 3; 0 with --quick, which skips it)
 *   --lighthouse-only  only Lighthouse on the app's pages (bench/runner/lighthouse-pages.ts), no datasets
 *   --whole-work-events <n>  events in the whole-dataset work row (bench/runner/whole-work.ts; default 150000, 2000 with --quick, 0 skips it)
 *   --whole-work-only  only that row
 *
 * No timing here is asserted: this reports, it does not judge.
 *
 * The parts, in bench/runner/: config (options, limits), serve (builds,
 * datasets, servers), bundle (first-view bytes), session (probe-driven
 * measuring primitives), scenarios (what is done on each page), measure (one
 * dataset, all implementations), metrics (figures from samples), report
 * (RESULTS.md), overview-drag (the app's overview strip), lighthouse and
 * lighthouse-pages (Lighthouse on the built pages).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { readSiteConfig } from '../build/site-config';
import { chromiumExecutable } from '../scripts/chromium';
import { measureBundle } from './runner/bundle';
import { BENCH, BENCH_CHROMIUM_ARGS, FULL_STEPS, IMPLS, LIMITS, ROOT, STEPS, TMP, log, opts, started, type Impl } from './runner/config';
import { runLighthouse, type LighthousePage } from './runner/lighthouse';
import { measureDataset } from './runner/measure';
import type { Results } from './runner/metrics';
import { machineInfo, markdown, type Report } from './runner/report';
import { buildAll, datasetOf, datasets, serve } from './runner/serve';
import { measureWholeWork } from './runner/whole-work';

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
  const sets = opts.lighthouseOnly || opts.wholeWorkOnly ? [] : datasets();
  const whole = opts.wholeWorkEvents > 0 && opts.impls.includes('ours') && !opts.lighthouseOnly ? datasetOf(opts.wholeWorkEvents) : undefined;
  const files = new Map([...sets, ...(whole ? [whole] : [])].map((d) => [d.key, d.file]));

  const app = await serve(join(ROOT, 'vite.config.ts'), opts.appDist, files);
  const comparison = await serve(join(BENCH, 'vite.bench.config.ts'), undefined, files, { compress: true });
  const origins: Record<Impl, string> = { ours: app.origin, baseline: comparison.origin, timelinejs: comparison.origin };
  log(`serving the app at ${app.origin}, the comparison pages at ${comparison.origin}`);

  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ headless: true, args: BENCH_CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  const results: Results = {};
  const gaveUp = new Map<Impl, string>();
  try {
    // First, while the machine is quietest: Lighthouse's simulated throttling scales what it observes.
    let lighthousePages: LighthousePage[] | undefined;
    if (opts.lighthouseRuns > 0 && !opts.wholeWorkOnly) lighthousePages = await runLighthouse(app.origin, readSiteConfig().base, opts.lighthouseRuns);
    for (const dataset of sets) {
      results[dataset.key] = await measureDataset(browser, origins, dataset, gaveUp);
    }
    const wholeWork = whole ? await measureWholeWork(browser, app.origin, whole) : undefined;
    const report: Report = {
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      impls: opts.impls,
      steps: STEPS,
      machine: machineInfo(browser),
      reps: opts.reps,
      limits: LIMITS,
      bundle,
      ...(lighthousePages ? { lighthouse: lighthousePages } : {}),
      datasets: sets.map((d) => ({ ...d, file: relative(ROOT, d.file) })),
      results,
      ...(wholeWork ? { wholeWork } : {}),
      durationSeconds: Math.round((performance.now() - started) / 1000),
    };
    mkdirSync(opts.out, { recursive: true });
    writeFileSync(join(opts.out, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
    const md = markdown(report);
    writeFileSync(join(opts.out, 'RESULTS.md'), md);
    console.log(`\n${md}`);
    log(`wrote ${relative(ROOT, join(opts.out, 'results.json'))} and RESULTS.md in ${report.durationSeconds} s`);
    const measured = Object.values(results).some((byImpl) => byImpl.ours?.status === 'ok' && byImpl.ours.summary.load != null);
    if (opts.impls.includes('ours') && !measured && !opts.lighthouseOnly && !opts.wholeWorkOnly) throw new Error('the app was never measured: see the notes above');
  } finally {
    await browser.close();
    await Promise.all([app.server.close(), comparison.server.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
