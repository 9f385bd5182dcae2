import { i18n } from '../../i18n/i18n';

/**
 * What a filter button says about its selection, so it names who is selected
 * rather than only how many: "Donald Trump Jr." for one, "3 selected" for more.
 */
export function selectionSummary(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0]!;
  return i18n._('{count, plural, one {# selected} other {# selected}}', { count: names.length });
}

export type ActorOrder = 'events' | 'name';

/** Actors by number of events (most first, then by name), or A–Z, in the reader's language's collation. */
export function sortActors<T extends { id: string; name: string }>(actors: readonly T[], counts: ReadonlyMap<string, number>, order: ActorOrder): T[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...actors].sort(
    (a, b) => (order === 'events' ? (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) : 0) || collator.compare(a.name, b.name),
  );
}
