/**
 * Tag colours: one palette slot per tag, in dataset order. The slots are CSS
 * classes (`tag-0` … `tag-8`) whose colours are defined per theme in CSS, so
 * contrast is handled once, in the stylesheet.
 */
export const PALETTE_SIZE = 9;

export function tagSlot(tagIds: readonly string[], tagId: string | undefined): number {
  const index = tagId === undefined ? -1 : tagIds.indexOf(tagId);
  return index < 0 ? PALETTE_SIZE - 1 : index % PALETTE_SIZE;
}

/** `tagSlot` for many events at once: one lookup per event instead of a search of the tag list. */
export function tagSlotFinder(tagIds: readonly string[]): (tagId: string | undefined) => number {
  const slots = new Map<string, number>();
  tagIds.forEach((id, index) => {
    if (!slots.has(id)) slots.set(id, index % PALETTE_SIZE);
  });
  return (tagId) => (tagId === undefined ? PALETTE_SIZE - 1 : (slots.get(tagId) ?? PALETTE_SIZE - 1));
}

export function tagClass(slot: number): string {
  return `tag-${slot}`;
}
