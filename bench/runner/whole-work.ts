/**
 * Work over every event at a large size (issue 21): each export of the
 * Export menu, an actor page for the actor in most events, and the filter,
 * search and list a reader can set on all of them. For each, the total time
 * and the main-thread long tasks inside it (PerformanceObserver 'longtask',
 * buffered), so the report can say whether any task passed 200 ms.
 *
 * `--whole-work-only` runs just this (e.g. `--impls ours --no-build --out
 * bench/.tmp/whole`); `--whole-work-events <n>` picks the size.
 */
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SEARCH_WORD } from '../synthetic';
import { LIMITS, VIEWPORT, log } from './config';
import type { Dataset } from './serve';
import { withTimeout } from './session';

/** A task longer than this is what issue 21 forbids on the main thread. */
export const TASK_LIMIT_MS = 200;

export interface WholeWorkRow {
  key: string;
  label: string;
  /** Input → done (download started, page drawn), ms. */
  totalMs: number | null;
  /** The longest main-thread task inside it; null when none reached the observer's 50 ms. */
  longestTaskMs: number | null;
  tasksOver200: number;
  /** Bytes downloaded, for exports: a cut-short file shows here. */
  bytes?: number;
  note?: string;
}

export interface WholeWork {
  events: number;
  dataset: string;
  rows: WholeWorkRow[];
  notes: string[];
}

// Plain JavaScript, as bench/probe.js: the observer starts before the app's own scripts.
const OBSERVER = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

declare global {
  interface Window {
    __longTasks: [number, number][];
  }
}

const EXPORTS = [
  { key: 'exportJson', label: 'Export JSON', button: 'JSON' },
  { key: 'exportCsv', label: 'Export CSV', button: 'CSV' },
  { key: 'exportTimelineJs', label: 'Export TimelineJS', button: 'TimelineJS' },
  { key: 'exportIcs', label: 'Export Calendar (ICS)', button: 'Calendar (ICS)' },
] as const;

/** The actor named by the most events: the heaviest actor page. */
function busiestActor(file: string): { id: string; name: string; events: number } {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { actors: { id: string; name: string }[]; events: { actors: string[] }[] };
  const counts = new Map<string, number>();
  for (const e of data.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  const [id, events] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { id, name: data.actors.find((a) => a.id === id)!.name, events };
}

/** Runs `action` between two page clocks and collects the long tasks that started inside, after a settle for trailing work. */
async function measure(page: Page, key: string, label: string, action: () => Promise<Partial<WholeWorkRow> | void>): Promise<WholeWorkRow> {
  const t0 = await page.evaluate(() => performance.now());
  let extra: Partial<WholeWorkRow> | void;
  try {
    extra = await withTimeout(action(), LIMITS.actionMs * 6, label);
  } catch (error) {
    return { key, label, totalMs: null, longestTaskMs: null, tasksOver200: 0, note: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
  const t1 = await page.evaluate(() => performance.now());
  // Long-task entries arrive after their task ends; give trailing work time to show.
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(([from, to]) => window.__longTasks.filter(([start]) => start >= from && start <= to).map(([, d]) => d), [t0, t1 + 500] as const);
  return {
    key,
    label,
    totalMs: t1 - t0,
    longestTaskMs: tasks.length ? Math.max(...tasks) : null,
    tasksOver200: tasks.filter((d) => d > TASK_LIMIT_MS).length,
    ...extra,
  };
}

async function exportOne(page: Page, button: string): Promise<Partial<WholeWorkRow>> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: LIMITS.actionMs * 6 });
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await (await download).createReadStream();
  let bytes = 0;
  for await (const chunk of file) bytes += (chunk as Buffer).length;
  return { bytes };
}

export async function measureWholeWork(browser: Browser, origin: string, dataset: Dataset): Promise<WholeWork> {
  const notes: string[] = [];
  const rows: WholeWorkRow[] = [];
  const actor = busiestActor(dataset.file);
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, acceptDownloads: true });
  await context.addCookies([{ name: 'bench-dataset', value: dataset.key, url: origin }]);
  const page = await context.newPage();
  page.setDefaultTimeout(LIMITS.actionMs * 6);
  await page.addInitScript({ content: OBSERVER });
  try {
    await page.goto(`${origin}/`);
    await page.getByText(new RegExp(`All ${dataset.events.toLocaleString('en-US')} events`)).first().waitFor({ timeout: LIMITS.loadMs.ours });
    await page.locator('.vis-item').first().waitFor();
    await page.waitForTimeout(1_000);
    for (const { key, label, button } of EXPORTS) {
      rows.push(await measure(page, key, label, () => exportOne(page, button)));
      log(`  whole work ${label}: ${JSON.stringify(rows.at(-1))}`);
    }
    rows.push(
      await measure(page, 'actorPage', `Actor page (${actor.events.toLocaleString('en-US')} events)`, async () => {
        // In place, as a click on an actor's name does: the app routes on popstate.
        await page.evaluate((path) => {
          history.pushState(null, '', path);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, `/actors/${actor.id}/`);
        await page.locator('#actor-title').filter({ hasText: actor.name }).waitFor();
      }),
    );
    const showMore = page.getByRole('button', { name: /^Show more events/ });
    if (await showMore.count()) {
      const shown = await page.locator('.actor-events > li').count();
      rows.push(
        await measure(page, 'actorShowMore', 'Actor page: Show more events', async () => {
          await showMore.click();
          // More rows drawn: at least one past those shown before.
          await page.locator('.actor-events > li').nth(shown).waitFor();
        }),
      );
    }
    rows.push(
      await measure(page, 'actorBack', 'Actor page → all events', async () => {
        await page.getByRole('link', { name: 'All events' }).click();
        await page.locator('.vis-item').first().waitFor();
      }),
    );
    rows.push(...(await readerWork(page, dataset)));
  } catch (error) {
    notes.push(`stopped early: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await context.close();
  }
  for (const row of rows) log(`  whole work ${row.label}: total ${row.totalMs?.toFixed(0)} ms, longest task ${row.longestTaskMs?.toFixed(0) ?? '<50'} ms, ${row.tasksOver200} over 200 ms`);
  return { events: dataset.events, dataset: dataset.label, rows, notes };
}

/** Filter, search and list over every event, through the app's own controls. */
async function readerWork(page: Page, dataset: Dataset): Promise<WholeWorkRow[]> {
  const all = new RegExp(`All ${dataset.events.toLocaleString('en-US')} events`);
  const countChanged = (from: RegExp) => page.waitForFunction((source) => !new RegExp(source).test(document.body.innerText.slice(0, 5_000)), from.source);
  const rows: WholeWorkRow[] = [];
  await page.getByRole('button', { name: /^Actors/ }).click();
  const box = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox').first();
  rows.push(await measure(page, 'filterActor', 'Filter by an actor', async () => void (await box.click(), await countChanged(all))));
  rows.push(await measure(page, 'filterClear', 'Clear the actor filter', async () => void (await box.click(), await page.getByText(all).first().waitFor())));
  await page.keyboard.press('Escape');
  const search = page.getByRole('searchbox', { name: 'Search', exact: true });
  rows.push(await measure(page, 'search', `Search "${SEARCH_WORD}"`, async () => void (await search.fill(SEARCH_WORD), await countChanged(all))));
  rows.push(await measure(page, 'searchClear', 'Clear the search', async () => void (await search.fill(''), await page.getByText(all).first().waitFor())));
  rows.push(
    await measure(page, 'listView', 'Switch to the list', async () => {
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.locator('main ol > li').first().waitFor();
    }),
  );
  return rows;
}

/** The report's section: one row per piece of work, its total and its longest main-thread task. */
export function wholeWorkSection(work: WholeWork): string[] {
  const ms = (v: number | null) => (v == null ? '—' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
  const mb = (bytes?: number) => (bytes == null ? '—' : `${(bytes / 1_048_576).toFixed(1)} MB`);
  return [
    `## Work over all events (${work.dataset} events)`,
    '',
    `Issue 21: no main-thread task over ${TASK_LIMIT_MS} ms. One run on the app: each export of the Export menu (click → download started), the page of the actor in most events (opened in place), its "Show more", back to all events, then a filter, a search and the list over all events. "Longest task" is the longest main-thread task a \`PerformanceObserver\` for \`longtask\` (buffered) saw inside it; it sees only tasks over 50 ms, so "< 50 ms" means none.`,
    '',
    `| work | total | longest main-thread task | tasks over ${TASK_LIMIT_MS} ms | file |`,
    '|---|---:|---:|---:|---:|',
    ...work.rows.map((r) => `| ${r.label} | ${r.totalMs == null ? `did not finish${r.note ? `: ${r.note}` : ''}` : ms(r.totalMs)} | ${r.totalMs == null ? '—' : r.longestTaskMs == null ? '< 50 ms' : ms(r.longestTaskMs)} | ${r.totalMs == null ? '—' : r.tasksOver200} | ${mb(r.bytes)} |`),
    ...work.notes.map((n) => `- ${n}`),
    '',
  ];
}
