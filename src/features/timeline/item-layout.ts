import { pointLabelPlaces, rangeLabelPlaces, type LabelPlace } from './label-placement';
import { belowFirstRow, laneFoldingOf } from './lane-folding';
import { stackFirstFit, type Extent } from './stacking';

/**
 * Patches to vis-timeline's item layout (issue 18), in one place:
 * - labels that would pass the frame's edge move to the left of their mark or
 *   are shortened (label-placement.ts); the mark stays at its date;
 * - the stacking is our first-fit (stacking.ts), run after the items'
 *   horizontal positions are final, with each item's true extent (mark and
 *   label) rather than vis-timeline's estimate.
 * Right to left (vis-timeline's `rtl`), every x here is measured from the
 * frame's right edge, as vis-timeline measures it: the same arithmetic holds
 * mirrored, and only the label's shift on screen changes sign.
 */

interface Conversion {
  toScreen: (time: Date) => number;
}

interface ItemInternals {
  data: { start: Date; end?: Date };
  conversion: Conversion;
  parent: { width: number; stackDirty: boolean; itemSet: { body: { emitter: { emit: (name: string, properties?: { queue: boolean }) => void } } | null } } | null;
  dom?: { content: HTMLElement; point?: HTMLElement; box?: HTMLElement; dot?: HTMLElement };
  props: { dot?: { width: number }; content: { width?: number } };
  left: number;
  /** Where vis-timeline puts an item's start right to left, in place of `left`. */
  right?: number;
  options: { rtl?: boolean };
  width: number;
  height: number;
  top: number;
  cluster?: unknown;
  isCluster?: boolean;
  selected?: boolean;
  labelWidth?: number;
  labelSide?: LabelPlace['side'];
  /** Where the label may go, and the item's extent with it there (see label-placement.ts). */
  places?: { place: LabelPlace; natural: number }[];
  choices?: Extent[];
  chosen?: number;
  /** Hidden by a folded lane (lane-folding.ts). */
  folded?: boolean;
  displayed?: boolean;
  hide?: () => void;
  repositionX: (limitSize?: boolean) => void;
  _updateDomComponentsSizes: (sizes: { content: { width: number } }) => void;
}

interface GroupInternals {
  groupId: string | number;
  visibleItems: ItemInternals[];
  stackDirty: boolean;
  isVisible: boolean;
  subgroups: Record<string, unknown>;
  itemSet: { options: { stack: boolean } };
  _redrawItems: (forceRestack: boolean, lastIsVisible: boolean, margin: Margin, range: unknown) => void;
}

interface Margin {
  axis: number;
  item: { horizontal: number; vertical: number };
}

interface Components {
  items: { PointItem: { prototype: ItemInternals }; RangeItem: { prototype: ItemInternals } };
  Group: { prototype: GroupInternals };
}

/** The label's own element: our template's root inside vis-timeline's content box. */
const labelOf = (item: ItemInternals) => item.dom?.content.firstElementChild as HTMLElement | null | undefined;

/** Keeps what vis-timeline measures of the label (it keeps it only for ranges). */
function rememberLabelWidth(proto: ItemInternals) {
  const original = proto._updateDomComponentsSizes;
  proto._updateDomComponentsSizes = function (this: ItemInternals, sizes) {
    this.labelWidth = sizes.content.width;
    original.call(this, sizes);
  };
}

function applyPlace(item: ItemInternals, place: LabelPlace, natural: number) {
  const content = item.dom!.content;
  const shift = place.left - natural;
  content.style.transform = `translateX(${item.options.rtl ? -shift : shift}px)`;
  const label = labelOf(item);
  if (label) {
    const shortened = place.maxWidth !== undefined;
    label.classList.toggle('is-shortened', shortened);
    label.style.maxWidth = shortened ? `${place.maxWidth}px` : '';
    const title = label.querySelector('.tl-item-title')?.textContent ?? '';
    if (shortened) label.title = title;
    else label.removeAttribute('title');
  }
  item.labelSide = place.side;
}

/**
 * Offers the stacking the label's places as extents, and draws the label at
 * the side it took last time if that is still open, else at the usual one. A
 * label that has to change side changes the item's extent, so the group is
 * restacked on the next redraw.
 */
function placeLabel(item: ItemInternals, places: LabelPlace[], natural: number, mark: { left: number; right: number }) {
  item.places = places.map((place) => ({ place, natural }));
  item.choices = places.map((place) => {
    const left = Math.min(mark.left, place.left);
    return { left, width: Math.max(mark.right, place.left + (place.maxWidth ?? item.labelWidth!)) - left };
  });
  const previous = item.labelSide;
  const index = Math.max(places.findIndex((place) => place.side === previous), 0);
  applyPlace(item, places[index]!, natural);
  if (previous !== undefined && places[index]!.side !== previous && item.parent) {
    item.parent.stackDirty = true;
    // Queued (the throttled redraw): a plain '_change' redraws at once, inside this redraw.
    // No body once the timeline is destroyed (a view switch while a label was being placed).
    item.parent.itemSet.body?.emitter.emit('_change', { queue: true });
  }
  item.chosen = index;
  item.left = item.choices[index]!.left;
  item.width = item.choices[index]!.width;
}

function patchPoint(proto: ItemInternals) {
  rememberLabelWidth(proto);
  const original = proto.repositionX;
  proto.repositionX = function (this: ItemInternals) {
    original.call(this);
    if (!this.dom || !this.parent || this.labelWidth === undefined) return;
    const x = this.conversion.toScreen(this.data.start);
    const dot = this.props.dot?.width ?? 0;
    placeLabel(this, pointLabelPlaces(x, dot, this.labelWidth, this.parent.width), x + dot / 2, { left: x - dot / 2, right: x + dot / 2 });
  };
}

function patchRange(proto: ItemInternals) {
  rememberLabelWidth(proto);
  const original = proto.repositionX;
  proto.repositionX = function (this: ItemInternals, limitSize?: boolean) {
    original.call(this, limitSize);
    if (!this.dom || !this.parent || this.labelWidth === undefined || !this.data.end) return;
    // As vis-timeline draws the bar: its start is `this.left` (`this.right` right to left), its width at least 1 px.
    const start = (this.options.rtl ? this.right : this.left) ?? 0;
    const end = Math.max(this.conversion.toScreen(this.data.end), start + 1);
    placeLabel(this, rangeLabelPlaces(start, end, this.labelWidth, this.parent.width), start, { left: start, right: end });
  };
}

/**
 * The selected event goes first, so a restack (a deep link's zoom, a filter)
 * leaves it in the top row, in sight. Long bars (over a third of the frame)
 * go below everything else, as the
 * timeline's `order` asks; the rest are stacked from left to right, which for
 * extents fixed in advance needs the fewest rows (interval colouring), and
 * leaves each item the choice of its label's side.
 */
const LONG = 1 / 3;

function stackingOrder(items: ItemInternals[], room: number): ItemInternals[] {
  const isLong = (item: ItemInternals) => item.data.end !== undefined && item.conversion.toScreen(item.data.end) - item.conversion.toScreen(item.data.start) > room * LONG;
  const leftOf = (item: ItemInternals) => Math.min(...(item.choices ?? [item]).map((c) => c.left));
  return items
    .map((item) => ({ item, rank: item.selected ? 0 : isLong(item) ? 2 : 1, left: leftOf(item) }))
    .sort((a, b) => a.rank - b.rank || a.left - b.left)
    .map(({ item }) => item);
}

/** After vis-timeline's own stacking (kept for what else it sets up), the items are stacked again, first fit. */
function patchGroup(proto: GroupInternals) {
  const original = proto._redrawItems;
  proto._redrawItems = function (this: GroupInternals, forceRestack, lastIsVisible, margin, range) {
    const restack = forceRestack || this.stackDirty || (this.isVisible && !lastIsVisible);
    original.call(this, forceRestack, lastIsVisible, margin, range);
    if (!restack || !this.itemSet.options.stack || Object.keys(this.subgroups).length > 0) {
      // vis-timeline shows every item in the window on each redraw; a folded lane hides its rows again.
      for (const item of this.visibleItems) if (item.folded && item.displayed) item.hide?.();
      return;
    }
    const items = this.visibleItems.filter((item) => item.isCluster || !item.cluster);
    const ordered = stackingOrder(items, this.visibleItems[0]?.parent?.width ?? 0);
    stackFirstFit(ordered, margin.item, margin.axis);
    for (const item of ordered) {
      const taken = item.chosen === undefined ? undefined : item.places?.[item.chosen];
      if (taken && taken.place.side !== item.labelSide) applyPlace(item, taken.place, taken.natural);
    }
    foldLane(this, ordered, margin.axis);
  };
}

/** A lane by actor that is not opened keeps its first row (lane-folding.ts). */
function foldLane(group: GroupInternals, items: ItemInternals[], base: number) {
  const folding = laneFoldingOf(group.itemSet);
  const id = String(group.groupId);
  for (const item of items) item.folded = false;
  if (!folding?.folds(id)) return;
  const below = belowFirstRow(items);
  folding.report(id, below.length);
  if (folding.isOpen(id)) return;
  for (const item of below) {
    item.folded = true;
    // Out of the lane's height as well as out of sight.
    item.top = base;
    if (item.displayed) item.hide?.();
  }
}

export function installItemLayout(components: Components): void {
  patchPoint(components.items.PointItem.prototype);
  patchRange(components.items.RangeItem.prototype);
  patchGroup(components.Group.prototype);
}
