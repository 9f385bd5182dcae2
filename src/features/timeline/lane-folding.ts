import { i18n } from '../../i18n/i18n';

/**
 * Lanes by actor, folded to one row (issue 20: the first lane, Julian
 * Assange, took 600 px, so a 1366×900 screen showed one lane of 32).
 *
 * A folded lane draws the items of its first row, stacked as usual with whole
 * labels, and hides the rest; its name says how many it hides ("12 more"),
 * and that button opens the lane to all its rows. The hidden items leave the
 * page (vis-timeline's own `hide()`), so they are neither in the tab order
 * nor counted as drawn by the out-of-sight cue; the selected event is always
 * stacked first, so it is never the one hidden.
 *
 * vis-timeline knows nothing of this: item-layout.ts asks the folding of the
 * item set it draws for, after it has stacked a lane.
 */

export interface LaneFolding {
  /** Whether a lane (vis-timeline's group id) folds at all: lanes do, the single timeline does not. */
  folds: (groupId: string) => boolean;
  isOpen: (groupId: string) => boolean;
  /** Told after each stacking of a lane how many of its items in the window are in rows below the first. */
  report: (groupId: string, below: number) => void;
}

const foldings = new WeakMap<object, LaneFolding>();

export function setLaneFolding(itemSet: object, folding: LaneFolding): void {
  foldings.set(itemSet, folding);
}

export const laneFoldingOf = (itemSet: object): LaneFolding | undefined => foldings.get(itemSet);

interface Stacked {
  top: number;
}

/** Rows are told apart by their top; a row's items share it to within this. */
const SAME_ROW = 0.5;

/** The items that a folded lane hides: those whose row is below the first. */
export function belowFirstRow<T extends Stacked>(items: readonly T[]): T[] {
  if (!items.length) return [];
  const first = Math.min(...items.map((item) => item.top));
  return items.filter((item) => item.top > first + SAME_ROW);
}

/** The lane's button: its visible text, and a name that says whose events it shows. */
export function foldButtonText(lane: string, below: number, open: boolean): { text: string; label: string } {
  if (open) return { text: i18n._('Fewer'), label: i18n._('Fewer events of {lane}: one row', { lane }) };
  return {
    text: i18n._('{below, plural, one {# more} other {# more}}', { below }),
    label: i18n._('{below, plural, one {# more event of {lane}} other {# more events of {lane}}}', { below, lane }),
  };
}
