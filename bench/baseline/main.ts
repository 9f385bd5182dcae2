/// <reference types="vite/client" />
/**
 * Baseline for the benchmark: vis-timeline used the plain way. Every event is
 * an item in one DataSet and the Timeline gets default options. It reads the
 * same `data/timeline.json` as the app, so the bench's dataset switch works
 * for both.
 *
 * A filter is applied two ways, each with its own hooks:
 * - `items.clear(); items.add(filtered)`: the shortest code, and vis-timeline's
 *   slowest path (every item is dropped and re-created);
 * - only the changed items: `items.remove()` of those no longer shown and
 *   `items.add()` of those newly shown. This is what vis-data's documented
 *   filtering path, a `DataView` with a filter and `refresh()`, does under the
 *   hood (it emits remove/add of the changed ids), so it stands for vis-timeline
 *   at its best.
 */
import * as vis from 'vis-timeline/standalone';
import type { DataSet as DataSetType } from 'vis-data';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { fetchPlainDataset, plainDate, setCount, type PlainEvent } from '../shared/plain-data';

interface Item {
  id: string;
  content: string;
  start: number;
  end?: number;
}

const { Timeline, DataSet } = vis as unknown as { Timeline: typeof vis.Timeline; DataSet: typeof DataSetType };

function toItem(event: PlainEvent): Item {
  const when = plainDate(event.date);
  // Same shapes as the app: a day is a point in time, anything vaguer or longer is a bar.
  return when.precision === 'day' && !when.isRange
    ? { id: event.id, content: event.title, start: when.start }
    : { id: event.id, content: event.title, start: when.start, end: when.end };
}

async function main() {
  const data = await fetchPlainDataset();
  const all = data.events.map(toItem);
  const items = new DataSet<Item, 'id'>(all);
  const container = document.getElementById('timeline')!;
  const timeline = new Timeline(container, items as never, {});
  setCount(all.length, all.length);

  // The ids on the timeline now, so the second way can change only what changes.
  let shown = new Set(all.map((item) => item.id));
  const replaceAll = (events: PlainEvent[]) => {
    items.clear();
    items.add(events.map(toItem));
    shown = new Set(events.map((e) => e.id));
    setCount(events.length, all.length);
  };
  const changeOnly = (events: PlainEvent[]) => {
    const next = new Set(events.map((e) => e.id));
    const gone = [...shown].filter((id) => !next.has(id));
    const added = events.filter((e) => !shown.has(e.id));
    if (gone.length) items.remove(gone);
    if (added.length) items.add(added.map(toItem));
    shown = next;
    setCount(events.length, all.length);
  };
  const haystacks = data.events.map((e) => [e.title, e.summary, ...e.sources.map((s) => s.quote)].join('\n').toLowerCase());
  const byActor = (id: string) => data.events.filter((e) => e.actors.includes(id));
  const matching = (query: string) => {
    const q = query.toLowerCase();
    return data.events.filter((_, i) => haystacks[i]!.includes(q));
  };

  window.__bench = {
    impl: 'baseline',
    total: all.length,
    firstActorId: data.actors[0]?.id ?? '',
    filterActor: (id: string) => replaceAll(byActor(id)),
    search: (query: string) => replaceAll(matching(query)),
    clear: () => replaceAll(data.events),
    filterActorChanged: (id: string) => changeOnly(byActor(id)),
    searchChanged: (query: string) => changeOnly(matching(query)),
    clearChanged: () => changeOnly(data.events),
    zoom: (factor: number) => {
      const range = timeline.getWindow();
      const start = range.start.getTime();
      const end = range.end.getTime();
      const half = ((end - start) * factor) / 2;
      timeline.setWindow(start + (end - start) / 2 - half, start + (end - start) / 2 + half, { animation: false });
    },
  };
}

void main();
