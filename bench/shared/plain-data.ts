/**
 * The minimum a page needs to draw the benchmark's dataset without the app:
 * no validation, no EDTF library, just enough date parsing for the shapes the
 * contract uses (YYYY, YYYY-MM, YYYY-MM-DD, optional ~ or ?, A/B intervals).
 */

export interface PlainEvent {
  id: string;
  title: string;
  summary: string;
  date: string;
  actors: string[];
  sources: { quote: string }[];
}

export interface PlainDataset {
  actors: { id: string; name: string }[];
  events: PlainEvent[];
}

export interface PlainDate {
  start: number;
  /** Exclusive end of the period. */
  end: number;
  precision: 'year' | 'month' | 'day';
  isRange: boolean;
  parts: number[];
}

function point(text: string): { start: number; end: number; precision: PlainDate['precision']; parts: number[] } {
  const parts = text.replace(/[~?%]/g, '').split('-').map(Number);
  const [year = 0, month, day] = parts;
  if (day !== undefined) return { start: Date.UTC(year, month! - 1, day), end: Date.UTC(year, month! - 1, day + 1), precision: 'day', parts };
  if (month !== undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), precision: 'month', parts };
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year', parts };
}

export function plainDate(text: string): PlainDate {
  const [from, to] = text.split('/');
  const a = point(from!);
  if (to === undefined) return { ...a, isRange: false };
  const b = point(to);
  return { start: a.start, end: b.end, precision: a.precision, parts: a.parts, isRange: true };
}

export async function fetchPlainDataset(): Promise<PlainDataset> {
  const response = await fetch('data/timeline.json');
  return (await response.json()) as PlainDataset;
}

export function setCount(shown: number, total: number): void {
  const count = document.getElementById('count');
  if (count) count.textContent = shown === total ? `All ${total} events` : `${shown} of ${total} events`;
}

/** What the comparison pages expose to the bench runner. */
export interface BenchHooks {
  impl: string;
  total: number;
  firstActorId: string;
  filterActor?: (id: string) => void;
  search?: (query: string) => void;
  clear?: () => void;
  /** The same, changing only the items that change (vis-timeline at its best). */
  filterActorChanged?: (id: string) => void;
  searchChanged?: (query: string) => void;
  clearChanged?: () => void;
  zoom?: (factor: number) => void;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
  }
}
