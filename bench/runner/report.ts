/** RESULTS.md from a run's results, and the machine it ran on. */
import type { Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { IMPL_LABEL, ROOT, VIEWPORT, loadAtStart, type Impl, type Limits, type Steps } from './config';
import type { Bundle } from './bundle';
import type { LighthousePage } from './lighthouse';
import { lighthouseSection } from './report-lighthouse';
import { METRICS, cellText, changedMetric, format, ratioCell, type Results } from './metrics';
import type { Dataset } from './serve';
import { timeoutKey } from './session';
import { wholeWorkSection, type WholeWork } from './whole-work';

export const SUMMARY_KEYS = ['load', 'heap', 'zoomMedian', 'panMedian', 'filter', 'search', 'listSelect'];

/** Where the app's load goes, from the stages it marks: the network, JSON.parse, the checks, then drawing. */
function loadStages(report: Report): string[] {
  const rows = report.datasets.flatMap((d) => {
    const cell = report.results[d.key]?.ours;
    const v = (key: string) => cell?.summary[key];
    if (cell?.status !== 'ok' || v('loadReceived') == null) return [];
    const step = (to: string, from?: string) => {
      const end = v(to);
      const start = from ? v(from) : 0;
      return end == null || start == null ? '—' : format(end - start, 'ms');
    };
    return [`| ${d.label} | ${step('loadReceived')} | ${step('loadParsed', 'loadReceived')} | ${step('loadChecked', 'loadParsed')} | ${step('load', 'loadChecked')} | ${format(v('load'), 'ms')} |`];
  });
  if (!rows.length) return [];
  return [
    '## Where the app\'s load goes',
    '',
    'Medians of the stages the app marks (User Timing), each from the end of the one before: the data file fetched (with the page and the code, in parallel), parsed, checked, then the explorer rendered and the timeline drawn.',
    '',
    '| dataset | data received | JSON.parse | checks, model | render, draw | load |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ];
}

/** A load drawn from the timeline index (a data file over 1 MB): the index in, the timeline drawn, then the texts from the worker. */
function indexStages(report: Report): string[] {
  const rows = report.datasets.flatMap((d) => {
    const cell = report.results[d.key]?.ours;
    const v = (key: string) => cell?.summary[key];
    if (cell?.status !== 'ok' || v('loadIndexed') == null) return [];
    const drawn = v('load');
    const indexed = v('loadIndexed')!;
    return [`| ${d.label} | ${format(indexed, 'ms')} | ${drawn == null ? '—' : format(drawn - indexed, 'ms')} | ${format(drawn, 'ms')} | ${format(v('loadTexts'), 'ms')} |`];
  });
  if (!rows.length) return [];
  return [
    '## Loads drawn from the timeline index',
    '',
    'A data file over 1 MB is drawn from its index first; its texts follow in a worker. Medians, from navigation start: the index read into the store, the timeline drawn from it (the load above), then the data file fetched, parsed and checked in the worker and its model in the store, when the panel, the list, search in summaries and the exports have every field.',
    '',
    '| dataset | index read | then drawn in | load (drawn) | texts in |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ];
}

export function markdown(report: Report): string {
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
    lines.push(
      '## Summary',
      '',
      'Ours, with *plain vis-timeline ÷ ours* in brackets (above 1× the app is faster or smaller). For the filter and search, two ratios: plain vis-timeline re-filtering with `clear()` + `add()`, then changing only the changed items (`remove()` + `add()`, its best way).',
      '',
    );
    const metrics = SUMMARY_KEYS.map((key) => METRICS.find((m) => m.key === key)!);
    const short: Record<string, string> = { load: 'load', heap: 'heap', zoomMedian: 'zoom frame (median)', panMedian: 'pan frame (median)', filter: 'actor filter', search: 'search', listSelect: 'select → panel (list)' };
    lines.push(`| dataset | ${metrics.map((m) => short[m.key]).join(' | ')} |`, `|---|${metrics.map(() => '---:').join('|')}|`);
    for (const d of sets) {
      const ours = results[d.key]?.ours;
      const plain = results[d.key]?.baseline;
      const cells = metrics.map((m) => {
        const text = cellText(ours, m);
        const both = (r: string) => (m.changed ? `${r} / ${ratioCell(plain, ours, m, changedMetric(m))}` : r);
        const r = ours?.status === 'ok' && plain ? (plain.status === 'ok' ? both(ratioCell(plain, ours, m)) : plain.status === 'dnf' ? 'plain DNF' : '') : '';
        return r && r !== '—' ? `${text} (${r})` : text;
      });
      lines.push(`| ${d.label} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }

  if (hasOurs) lines.push(...loadStages(report), ...indexStages(report));
  if (report.wholeWork) lines.push(...wholeWorkSection(report.wholeWork));
  if (report.lighthouse) lines.push(...lighthouseSection(report.lighthouse));

  lines.push('## First-view bundle (gzip, level 9)', '');
  lines.push('| | raw | gzip |', '|---|---:|---:|');
  lines.push(`| JS (${bundle.files.filter((f) => f.kind === 'js').map((f) => `\`${f.file}\``).join(', ')}) | ${(bundle.js.bytes / 1024).toFixed(1)} KiB | ${(bundle.js.gzip / 1024).toFixed(1)} KiB |`);
  lines.push(`| CSS (${bundle.files.filter((f) => f.kind === 'css').map((f) => `\`${f.file}\``).join(', ')}) | ${(bundle.css.bytes / 1024).toFixed(1)} KiB | ${(bundle.css.gzip / 1024).toFixed(1)} KiB |`);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const desktop = bundle.desktop;
  if (desktop) {
    lines.push(`| Wide screens add the desktop timeline: JS (${desktop.files.filter((f) => f.endsWith('.js')).map((f) => `\`${f}\``).join(', ')}) | ${kib(desktop.js.bytes)} | ${kib(desktop.js.gzip)} |`);
    lines.push(`| … and its CSS | ${kib(desktop.css.bytes)} | ${kib(desktop.css.gzip)} |`);
    lines.push(`| Desktop first view, JS in all | ${kib(bundle.js.bytes + desktop.js.bytes)} | ${kib(bundle.js.gzip + desktop.js.gzip)} |`);
  }
  lines.push(`| All JS in the build, lazy chunks included | | ${kib(bundle.allJsGzip)} |`, '');
  lines.push(
    'The first-view rows are what a phone fetches before its first drawing; a wide screen fetches the desktop timeline alongside the data. The budgets (`.size-limit.cjs`, checked by `npm run size`) hold both.',
    '',
  );

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
      head.push(i === 'baseline' && metric.changed ? `${IMPL_LABEL[i]}: clear + add` : IMPL_LABEL[i]);
      if (i !== 'ours' && hasOurs) head.push(`${i === 'baseline' ? 'plain' : 'TLJS'} ÷ ours`);
      if (i === 'baseline' && metric.changed) head.push(`${IMPL_LABEL[i]}: changed items only`, ...(hasOurs ? ['plain ÷ ours'] : []));
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
        if (i === 'baseline' && metric.changed) {
          row.push(cellText(cell, changedMetric(metric)));
          if (hasOurs) row.push(ratioCell(cell, ours, metric, changedMetric(metric)));
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
    '- The baseline page (`bench/baseline/`) puts every event into one vis-timeline `DataSet` with default options. It filters two ways: `items.clear(); items.add(filtered)`, the shortest code and vis-timeline\'s slowest path, and by changing only the changed items (`items.remove()` of those no longer shown, `items.add()` of those newly shown), which is what vis-data\'s documented filtering path, a `DataView` with a filter and `refresh()`, emits to the timeline: vis-timeline at its best. The TimelineJS page (`bench/timelinejs/`) has no filter or search.',
    '',
  );
  return `${lines.join('\n')}\n`;
}

export interface Report {
  command: string;
  impls: Impl[];
  steps: Steps;
  machine: Record<string, string | number | boolean>;
  reps: number;
  limits: Limits;
  bundle: Bundle;
  lighthouse?: LighthousePage[];
  datasets: Dataset[];
  results: Results;
  /** The whole-dataset work row (bench/runner/whole-work.ts). */
  wholeWork?: WholeWork;
  durationSeconds: number;
}

export function machineInfo(browser: Browser): Record<string, string | number | boolean> {
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
