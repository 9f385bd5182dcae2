/**
 * vis-timeline, from its "esnext" build: modern syntax without the core-js
 * polyfills of the standalone build, and its peers (moment, vis-data,
 * hammer.js, …) as separate modules, so the bundle holds one copy of each.
 * The DataSet must come from the vis-data build the timeline itself imports.
 */
import { Timeline } from 'vis-timeline/esnext';
// The namespace export is missing from the type declarations.
import * as visTimeline from 'vis-timeline/esnext';
import { installItemLayout } from './item-layout';

export { Timeline };
export { DataSet } from 'vis-data/esnext';
export { default as moment } from 'moment';

interface GroupInternals {
  _checkIfVisible: (item: { isVisible: (range: unknown) => boolean; displayed: boolean; hide: () => void }, visible: unknown[], range: unknown) => void;
}

/**
 * vis-timeline shows and measures each item the moment it is added to a group
 * (`Group.add` → `_checkIfVisible` → `item.show()`), which forces one layout
 * per item: 38 layouts for the bundled dataset, 200 when the window is full.
 * Every add is followed by a redraw of the group, and that redraw finds the
 * new items by their dates and draws them in one batch (all DOM writes, then
 * all reads). So here an added item is only hidden if it is out of view, and
 * left for that batch otherwise.
 */
const components = ((visTimeline as unknown as { timeline: unknown }).timeline as { components: { Group: { prototype: GroupInternals } } }).components;
const group = components.Group.prototype;
group._checkIfVisible = function deferToBatchedRedraw(item, _visible, range) {
  if (!item.isVisible(range) && item.displayed) item.hide();
};

installItemLayout(components as unknown as Parameters<typeof installItemLayout>[0]);
