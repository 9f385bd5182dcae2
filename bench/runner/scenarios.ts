/** What is done on each page: the app through its own controls, the comparison pages through their hooks. */
import type { Browser } from '@playwright/test';
import { SEARCH_WORD } from '../synthetic';
import { OVERVIEW_ONLY, recordOverviewDrag } from './overview-drag';
import { LIMITS, STEPS, type Impl } from './config';
import type { Dataset } from './serve';
import { add, hookCall, loadAndHeap, open, reload, series, timed, withTimeout, type RepOutcome, type Session } from './session';

/**
 * Zoom in, pan, zoom in further, (select an event on the timeline, if one is
 * drawn individually at that zoom), zoom back out.
 */
export async function zoomAndPan(s: Session, impl: Impl, select?: () => Promise<void>): Promise<void> {
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

/** Filters and search through the app's own controls; `prefix` tells the timeline view from the list view. */
export async function filterAndSearch(s: Session, prefix: '' | 'list'): Promise<void> {
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

export async function closePanel(s: Session): Promise<void> {
  const close = s.page.getByRole('button', { name: 'Close event' });
  if (await close.isVisible()) await close.click();
  await s.page.getByRole('complementary').waitFor({ state: 'hidden', timeout: LIMITS.actionMs }).catch(() => undefined);
}

/**
 * Clicks an event drawn on the timeline (not a cluster) and waits for
 * `condition`. Where only clusters are drawn at this zoom, zooms in further
 * (unmeasured) until single events appear, and back out afterwards.
 */
export async function selectOnTimeline(s: Session, condition: 'panel' | 'selected'): Promise<void> {
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

export async function scenarioOurs(s: Session): Promise<void> {
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

/**
 * Plain vis-timeline: the gestures, then each filter in a phase of its own,
 * both ways (only the changed items, then clear + add). Putting thousands of
 * items back can keep its page busy past the time limit; the next phase then
 * starts on a fresh page, so every filter is measured from all events shown.
 */
function baselinePhases(): Phase[] {
  const filter = (kind: 'filter' | 'search', way: '' | 'Changed') => async (s: Session) => {
    const [hook, args] = kind === 'filter' ? ['filterActor', [await s.page.evaluate(() => window.__bench?.firstActorId ?? '')]] : ['search', [SEARCH_WORD]];
    await hookCall(s, `${kind}${way}Ms`, `${hook}${way}`, args, 'count-changed');
    await hookCall(s, `${kind}${way}ClearMs`, `clear${way}`, [], 'count-changed');
  };
  return [
    (s) => zoomAndPan(s, 'baseline', () => selectOnTimeline(s, 'selected')),
    filter('filter', 'Changed'),
    filter('search', 'Changed'),
    filter('filter', ''),
    filter('search', ''),
  ];
}

type Phase = (s: Session) => Promise<void>;

function phasesFor(impl: Impl, dataset: Dataset): Phase[] {
  if (impl === 'ours') return [scenarioOurs];
  if (impl === 'baseline') return baselinePhases();
  if (dataset.events <= LIMITS.timelinejsInteractMaxEvents) return [(s) => zoomAndPan(s, impl)];
  return [async (s) => void s.notes.push(`load only above ${LIMITS.timelinejsInteractMaxEvents.toLocaleString('en-US')} events`)];
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

export async function repetition(browser: Browser, origins: Record<Impl, string>, dataset: Dataset, impl: Impl): Promise<RepOutcome> {
  const origin = origins[impl];
  const url = impl === 'ours' ? `${origin}/` : `${origin}/${impl}/index.html`;
  let s = await open(browser, dataset, impl, origin);
  try {
    const dnf = await loadAndHeap(s, url, dataset, impl);
    if (dnf) return { samples: s.samples, notes: s.notes, dnf };
    const phases = phasesFor(impl, dataset);
    for (const [i, phase] of phases.entries()) {
      try {
        await phase(s);
      } catch (error) {
        s.notes.push(`stopped early: ${firstLine(error)}`);
        if (i === phases.length - 1) break;
        await s.context.close().catch(() => undefined);
        s = await open(browser, dataset, impl, origin, s);
        const failed = await reload(s, url, impl);
        if (failed) {
          s.notes.push(`reload for the next phase: ${failed}`);
          break;
        }
      }
    }
  } catch (error) {
    s.notes.push(`stopped early: ${firstLine(error)}`);
  } finally {
    await s.context.close().catch(() => undefined);
  }
  return { samples: s.samples, notes: s.notes };
}
