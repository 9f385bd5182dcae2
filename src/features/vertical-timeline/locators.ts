import type { TimeWindow } from '../../store/app-store';
import type { Row } from './sections';

/**
 * Where things are in the scroller, for the two ways the list is drawn. The
 * window sync asks the same two questions of either.
 */
export interface Locator {
  /** Scroll position that brings the event's card to the top, below the pinned headers. */
  topOf: (id: string) => number | null;
  /** Height of the card, to tell whether it is fully in view. */
  heightOf: (id: string) => number;
  /** The period the cards in view cover, from the earliest start to the latest. */
  periodInView: (top: number, height: number) => TimeWindow | null;
}

const DAY = 86_400_000;
const period = (min: number, max: number): TimeWindow | null => (min === Infinity ? null : { start: min, end: Math.max(max, min + DAY) });

/** The short list, drawn whole: positions are read from the DOM (a binary search over the cards, which are in page order). */
export function flowLocator(scroller: HTMLElement | null): Locator {
  const cards = () => (scroller ? Array.from(scroller.querySelectorAll<HTMLElement>('.v-card')) : []);
  const find = (id: string) => scroller?.querySelector<HTMLElement>(`.v-card[data-event-id="${CSS.escape(id)}"]`) ?? null;
  return {
    topOf: (id) => {
      const card = find(id);
      if (!card) return null;
      const year = card.closest('.v-year')?.querySelector<HTMLElement>('.v-year-head')?.offsetHeight ?? 0;
      const month = card.closest('.v-month')?.querySelector<HTMLElement>('.v-month-head')?.offsetHeight ?? 0;
      return Math.max(0, card.offsetTop - year - month - 4);
    },
    heightOf: (id) => find(id)?.offsetHeight ?? 0,
    periodInView: (top, height) => {
      const list = cards();
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const card = list[mid]!;
        if (card.offsetTop + card.offsetHeight <= top) lo = mid + 1;
        else hi = mid;
      }
      let min = Infinity;
      let max = -Infinity;
      for (let i = lo; i < list.length && list[i]!.offsetTop < top + height; i++) {
        const start = Number(list[i]!.dataset.start);
        min = Math.min(min, start);
        max = Math.max(max, start);
      }
      return period(min, max);
    },
  };
}

export const ROW_HEIGHT: Record<Row['kind'], number> = { year: 40, month: 32, gap: 40, event: 84 };

export interface RowLayout {
  rows: readonly Row[];
  /** Top of each row, plus the total height at the end. */
  offsets: Float64Array;
  rowOfEvent: ReadonlyMap<string, number>;
}

export function layoutRows(rows: readonly Row[]): RowLayout {
  const offsets = new Float64Array(rows.length + 1);
  const rowOfEvent = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    offsets[i + 1] = offsets[i]! + ROW_HEIGHT[row.kind];
    if (row.kind === 'event') rowOfEvent.set(row.event.id, i);
  }
  return { rows, offsets, rowOfEvent };
}

/** The first row whose bottom is below `top`. */
export function rowAt(layout: RowLayout, top: number): number {
  let lo = 0;
  let hi = layout.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.offsets[mid + 1]! <= top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The very long list, windowed: positions are arithmetic, no DOM is read. */
export function virtualLocator(layout: RowLayout): Locator {
  const pinned = ROW_HEIGHT.year + ROW_HEIGHT.month;
  return {
    topOf: (id) => {
      const row = layout.rowOfEvent.get(id);
      return row === undefined ? null : Math.max(0, layout.offsets[row]! - pinned);
    },
    heightOf: () => ROW_HEIGHT.event,
    periodInView: (top, height) => {
      let min = Infinity;
      let max = -Infinity;
      for (let i = rowAt(layout, top); i < layout.rows.length && layout.offsets[i]! < top + height; i++) {
        const row = layout.rows[i]!;
        if (row.kind !== 'event') continue;
        min = Math.min(min, row.event.when.start);
        max = Math.max(max, row.event.when.start);
      }
      return period(min, max);
    },
  };
}
