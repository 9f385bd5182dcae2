/** The figures the report shows, how each is taken from the raw samples, and how it is written. */
import { SEARCH_WORD } from '../synthetic';
import type { Impl } from './config';
import { OVERVIEW_METRICS } from './overview-drag';
import { timeoutKey, type Samples } from './session';

export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
export const median = (values: readonly number[]) => quantile(values, 0.5);

export interface MetricDef {
  key: string;
  /** Which raw samples, and which statistic over all of them (pooled over repetitions). */
  from: string;
  stat: 'median' | 'p95';
  title: string;
  unit: 'ms' | 'MB' | 'nodes';
  how: string;
  /** Raw samples of plain vis-timeline's second way, changing only the changed items; shown beside its first way. */
  changed?: string;
}

export const METRICS: MetricDef[] = [
  { key: 'load', from: 'loadMs', stat: 'median', title: 'Load: navigation → timeline drawn', unit: 'ms', how: 'navigation start → first rendered frame with timeline items in the DOM and the count reading "All N events"' },
  { key: 'loadReceived', from: 'loadReceivedMs', stat: 'median', title: 'Load, the app\'s stages: data received', unit: 'ms', how: 'navigation start → the data file\'s text is in (the app\'s User Timing mark dataset:received)' },
  { key: 'loadParsed', from: 'loadParsedMs', stat: 'median', title: 'Load, the app\'s stages: data parsed', unit: 'ms', how: 'navigation start → JSON.parse done (dataset:parsed)' },
  { key: 'loadChecked', from: 'loadCheckedMs', stat: 'median', title: 'Load, the app\'s stages: data checked', unit: 'ms', how: 'navigation start → every event checked and the model built (dataset:checked); from there to "drawn" is rendering the explorer and the timeline' },
  { key: 'loadIndexed', from: 'loadIndexedMs', stat: 'median', title: 'Load from the index: index read', unit: 'ms', how: 'navigation start → the timeline index read into the store (dataset:indexed), for a data file over 1 MB; the timeline is drawn from it' },
  { key: 'loadTexts', from: 'loadTextsMs', stat: 'median', title: 'Load from the index: texts in', unit: 'ms', how: 'navigation start → the data file fetched, parsed and checked in a worker and its model in the store (dataset:texts)' },
  { key: 'heap', from: 'heapMB', stat: 'median', title: 'JS heap after load', unit: 'MB', how: 'CDP Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage, 300 ms after load (after the texts, where the index drew first)' },
  { key: 'nodes', from: 'domNodes', stat: 'median', title: 'DOM nodes after load', unit: 'nodes', how: 'CDP Performance.getMetrics Nodes, same moment as the heap' },
  { key: 'zoomMedian', from: 'zoomWork', stat: 'median', title: 'Zoom (wheel in/out): work per frame, median', unit: 'ms', how: 'per wheel step: synchronous handling + rAF/style/layout/paint of the next two frames + long tasks between them' },
  { key: 'zoomP95', from: 'zoomWork', stat: 'p95', title: 'Zoom (wheel in/out): work per frame, p95', unit: 'ms', how: 'as above, 95th percentile over all steps of all repetitions' },
  { key: 'panMedian', from: 'panWork', stat: 'median', title: 'Pan (drag): work per frame, median', unit: 'ms', how: 'per pointermove of a drag over the timeline, measured as for zoom' },
  { key: 'panP95', from: 'panWork', stat: 'p95', title: 'Pan (drag): work per frame, p95', unit: 'ms', how: 'as above, 95th percentile' },
  { key: 'zoomTask', from: 'zoomTaskPerStep', stat: 'median', title: 'Zoom: main-thread task time per wheel step', unit: 'ms', how: 'CDP TaskDuration over a series of wheel steps plus 300 ms to settle, divided by the steps: includes work deferred to timers' },
  { key: 'panTask', from: 'panTaskPerStep', stat: 'median', title: 'Pan: main-thread task time per drag step', unit: 'ms', how: 'as above, for the drag' },
  { key: 'filter', from: 'filterMs', stat: 'median', title: 'Actor filter (timeline view): input → updated', unit: 'ms', how: 'click on the first actor checkbox → rendered frame with the count changed (timeline updated in the same frame); plain vis-timeline: `items.clear(); items.add(filtered)`, and apart, only the changed items (`items.remove(gone); items.add(new)`, as a DataView\'s refresh() does)', changed: 'filterChangedMs' },
  { key: 'search', from: 'searchMs', stat: 'median', title: `Search "${SEARCH_WORD}" (timeline view): input → updated`, unit: 'ms', how: 'input event of the Search box → rendered frame with the count changed; plain vis-timeline both ways, as for the filter', changed: 'searchChangedMs' },
  { key: 'select', from: 'selectMs', stat: 'median', title: 'Select an event on the timeline → panel shown', unit: 'ms', how: 'pointerup on a visible timeline item → rendered frame with the event panel heading visible (baseline: the item marked selected)' },
  { key: 'listSwitch', from: 'listSwitchMs', stat: 'median', title: 'Switch to the list view', unit: 'ms', how: 'click on "List" → rendered frame with list rows' },
  { key: 'listFilter', from: 'listFilterMs', stat: 'median', title: 'Actor filter (list view): input → updated', unit: 'ms', how: 'as the timeline-view filter, with the list showing' },
  { key: 'listSearch', from: 'listSearchMs', stat: 'median', title: `Search "${SEARCH_WORD}" (list view): input → updated`, unit: 'ms', how: 'as the timeline-view search, with the list showing' },
  { key: 'listSelect', from: 'listSelectMs', stat: 'median', title: 'Select an event in the list → panel shown', unit: 'ms', how: 'pointerup on the first row → rendered frame with the event panel heading visible' },
  ...OVERVIEW_METRICS,
];

/** Plain vis-timeline's second way of a metric, as a metric of its own (compared with the app's one way). */
export function changedMetric(metric: MetricDef): MetricDef {
  return { ...metric, key: `${metric.key}Changed`, from: metric.changed ?? metric.from };
}

export interface Cell {
  status: 'ok' | 'dnf' | 'skipped';
  reason?: string;
  reps: number;
  notes: string[];
  raw: Samples;
  summary: Record<string, number | null>;
}

export function summarise(raw: Samples): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const m of METRICS) {
    const values = raw[m.from] ?? [];
    out[m.key] = m.stat === 'median' ? median(values) : quantile(values, 0.95);
    if (m.changed) out[changedMetric(m).key] = median(raw[m.changed] ?? []);
  }
  for (const extra of ['filterClearMs', 'searchClearMs', 'filterChangedClearMs', 'searchChangedClearMs', 'listFilterClearMs', 'listSearchClearMs', 'zoomLatency', 'panLatency']) {
    out[extra] = median(raw[extra] ?? []);
  }
  return out;
}

export function format(value: number | null | undefined, unit: MetricDef['unit']): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'nodes') return Math.round(value).toLocaleString('en-US');
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return value >= 10 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function ratio(other: number | null | undefined, ours: number | null | undefined): string {
  if (other === null || other === undefined || ours === null || ours === undefined || ours <= 0) return '—';
  return `${(other / ours).toFixed(2)}×`;
}

export type Results = Record<string, Partial<Record<Impl, Cell>>>;

export function cellText(cell: Cell | undefined, metric: MetricDef): string {
  if (!cell) return '—';
  if (cell.status === 'dnf') return `DNF (${cell.reason?.replace(/^did not finish within /, '>')})`;
  if (cell.status === 'skipped') return 'not run';
  const value = cell.summary[metric.key];
  const timedOut = cell.raw[timeoutKey(metric.from)]?.[0];
  if ((value === null || value === undefined) && timedOut) return `>${timedOut / 1000} s`;
  return format(value, metric.unit);
}

/** other ÷ ours; a lower bound ("> n×") where the other implementation timed out. `theirs` picks the other's way of doing it. */
export function ratioCell(other: Cell | undefined, ours: Cell | undefined, metric: MetricDef, theirMetric: MetricDef = metric): string {
  if (other?.status !== 'ok' || ours?.status !== 'ok') return '—';
  const mine = ours.summary[metric.key];
  const theirs = other.summary[theirMetric.key];
  const timedOut = other.raw[timeoutKey(theirMetric.from)]?.[0];
  if ((theirs === null || theirs === undefined) && timedOut && mine) return `>${(timedOut / mine).toFixed(0)}×`;
  return ratio(theirs, mine);
}
