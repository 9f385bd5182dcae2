import type { TimelineItem } from './timeline-items';

/**
 * One drawn element per timeline item, handed back to vis-timeline each time
 * it asks for the item's content while nothing the element shows has changed.
 *
 * vis-timeline calls its `template` on every redraw of an item it marked
 * changed (a selection, a restack, a window move that re-renders) and
 * replaces the content when the new element's outerHTML differs from the one
 * in the page. The one in the page carries what the reader did to it (the
 * roving Tab stop, focus): a fresh element never matched it, so the item under
 * the keyboard or the pointer was swapped for a copy, and the focus fell to
 * the page, or a click landed on an element just taken out. The same element
 * compares equal to itself and stays where it is.
 */
export interface ItemElements {
  render: (item: TimelineItem) => HTMLElement;
  /** Items taken off the timeline: their elements are let go. */
  forget: (ids: readonly string[]) => void;
  clear: () => void;
}

export function createItemElements(draw: (item: TimelineItem) => HTMLElement): ItemElements {
  const drawn = new Map<string, { key: string; element: HTMLElement }>();
  return {
    render(item) {
      // What the element is made from besides its id; another language clears them all (timeline-view.tsx).
      const key = `${item.label}\u0000${item.dateLabel}\u0000${item.start}`;
      const found = drawn.get(item.id);
      if (found?.key === key) return found.element;
      const element = draw(item);
      drawn.set(item.id, { key, element });
      return element;
    },
    forget(ids) {
      for (const id of ids) drawn.delete(id);
    },
    clear() {
      drawn.clear();
    },
  };
}
