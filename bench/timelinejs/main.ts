/// <reference types="vite/client" />
/**
 * Comparison page: the same dataset in TimelineJS3 (@knight-lab/timelinejs),
 * configured as its documentation shows. TimelineJS has no filtering or search,
 * so only loading, memory, zoom and pan are compared.
 */
import timelineScript from '@knight-lab/timelinejs/dist/js/timeline.js?url';
import '@knight-lab/timelinejs/dist/css/timeline.css';
import { fetchPlainDataset, plainDate, setCount, type PlainEvent } from '../shared/plain-data';

interface TlDate {
  year: number;
  month?: number;
  day?: number;
}

interface TlTimeline {
  on: (name: string, callback: () => void) => void;
  zoomIn: () => void;
  zoomOut: () => void;
}

declare global {
  interface Window {
    TL?: { Timeline: new (element: string | HTMLElement, data: unknown, options?: Record<string, unknown>) => TlTimeline };
  }
}

function tlDate(parts: number[]): TlDate {
  const [year = 0, month, day] = parts;
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

function toSlide(event: PlainEvent) {
  const [from, to] = event.date.split('/');
  const start = plainDate(from!);
  const end = to ? plainDate(to) : null;
  return {
    unique_id: event.id,
    start_date: tlDate(start.parts),
    ...(end ? { end_date: tlDate(end.parts) } : {}),
    text: { headline: event.title, text: event.summary },
  };
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

async function main() {
  const [data] = await Promise.all([fetchPlainDataset(), loadScript(timelineScript)]);
  const TL = window.TL;
  if (!TL) throw new Error('TimelineJS did not load');
  const scriptPath = new URL('.', new URL(timelineScript, window.location.href)).toString();
  const timeline = new TL.Timeline('timeline-embed', { events: data.events.map(toSlide) }, {
    // No web fonts or hash changes: nothing the bench does not ask for.
    font: null,
    hash_bookmark: false,
    script_path: scriptPath,
  });
  timeline.on('loaded', () => setCount(data.events.length, data.events.length));
  window.__bench = {
    impl: 'timelinejs',
    total: data.events.length,
    firstActorId: '',
    zoom: (factor: number) => (factor < 1 ? timeline.zoomIn() : timeline.zoomOut()),
  };
}

void main();
