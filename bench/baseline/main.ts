/// <reference types="vite/client" />
/**
 * Baseline for the benchmark: vis-timeline used the plain way. Every event is
 * an item in one DataSet, the Timeline gets default options, and a filter is
 * `items.clear(); items.add(filtered)`. It reads the same `data/timeline.json`
 * as the app, so the bench's dataset switch works for both.
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

  const show = (events: PlainEvent[]) => {
    items.clear();
    items.add(events.map(toItem));
    setCount(events.length, all.length);
  };
  const haystacks = data.events.map((e) => [e.title, e.summary, ...e.sources.map((s) => s.quote)].join('\n').toLowerCase());

  window.__bench = {
    impl: 'baseline',
    total: all.length,
    firstActorId: data.actors[0]?.id ?? '',
    filterActor: (id: string) => show(data.events.filter((e) => e.actors.includes(id))),
    search: (query: string) => {
      const q = query.toLowerCase();
      show(data.events.filter((_, i) => haystacks[i]!.includes(q)));
    },
    clear: () => show(data.events),
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
