import { i18n } from '../../i18n/i18n';

/**
 * Which events are out of sight above or below the part of the timeline's
 * frame that is on screen, counted from the drawn items' boxes (issue 18:
 * 22 of 38 events sat below the frame with nothing saying so). Pure: the
 * boxes come from the DOM in out-of-sight-watch.ts.
 */

export interface ItemBox {
  eventId: string;
  top: number;
  bottom: number;
}

export interface Band {
  top: number;
  bottom: number;
}

export interface Sight {
  above: number;
  below: number;
  /** How far to scroll the stack (positive: its content moves up) to bring the nearest hidden items in; 0 when none. */
  toBelow: number;
  toAbove: number;
}

/** Air left between the frame's edge and an item brought into view. */
export const REVEAL_GAP = 6;
const EPSILON = 0.5;

export const NOTHING_HIDDEN: Sight = { above: 0, below: 0, toBelow: 0, toAbove: 0 };

/**
 * An event is in sight when one of its items lies wholly inside `visible`;
 * otherwise it counts below if one of its items reaches below the band,
 * above if not. (With lanes by actor an event has an item per actor.)
 */
export function countOutOfSight(boxes: readonly ItemBox[], visible: Band): Sight {
  const inSight = new Set<string>();
  const below = new Set<string>();
  const above = new Set<string>();
  let firstBelow = Infinity;
  let lastAbove = -Infinity;
  for (const box of boxes) {
    const isAbove = box.top < visible.top - EPSILON;
    const isBelow = box.bottom > visible.bottom + EPSILON;
    if (!isAbove && !isBelow) inSight.add(box.eventId);
    else if (isBelow && box.top >= visible.top - EPSILON) {
      below.add(box.eventId);
      firstBelow = Math.min(firstBelow, box.top);
    } else if (isAbove && box.bottom <= visible.bottom + EPSILON) {
      above.add(box.eventId);
      lastAbove = Math.max(lastAbove, box.bottom);
    } else {
      // Taller than the band: it starts above and ends below; bring its top in.
      below.add(box.eventId);
      firstBelow = Math.min(firstBelow, box.top);
    }
  }
  const belowCount = [...below].filter((id) => !inSight.has(id)).length;
  const aboveCount = [...above].filter((id) => !inSight.has(id) && !below.has(id)).length;
  return {
    below: belowCount,
    above: aboveCount,
    toBelow: belowCount ? Math.max(firstBelow - visible.top - REVEAL_GAP, 1) : 0,
    toAbove: aboveCount ? Math.min(lastAbove - visible.bottom + REVEAL_GAP, -1) : 0,
  };
}

export function sameSight(a: Sight, b: Sight): boolean {
  return a.above === b.above && a.below === b.below && a.toAbove === b.toAbove && a.toBelow === b.toBelow;
}

/** "3 more events above": the cue's words. */
export const moreAbove = (count: number): string => i18n._('{count, plural, one {# more event above} other {# more events above}}', { count });
export const moreBelow = (count: number): string => i18n._('{count, plural, one {# more event below} other {# more events below}}', { count });

/** What the live region says; empty when every event is in sight. Each case a whole sentence, for translation. */
export function sightMessage({ above, below }: Sight): string {
  if (!above && !below) return '';
  if (!above)
    return i18n._(
      '{below, plural, one {# more event below the part of the timeline in view.} other {# more events below the part of the timeline in view.}}',
      { below },
    );
  if (!below)
    return i18n._(
      '{above, plural, one {# more event above the part of the timeline in view.} other {# more events above the part of the timeline in view.}}',
      { above },
    );
  return i18n._(
    '{below, plural, one {# more event below} other {# more events below}}, {above, plural, one {# more event above} other {# more events above}} the part of the timeline in view.',
    { below, above },
  );
}
