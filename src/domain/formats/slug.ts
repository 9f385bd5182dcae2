/**
 * Ids for things a file names only in words (actors, tags, outlets): a
 * lowercase slug, as the schema requires, made unique per kind of thing.
 */

export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Hands out one id per distinct key; two keys that slugify alike get "-2", "-3". */
export function idMaker(fallback: string): (key: string, text?: string) => string {
  const byKey = new Map<string, string>();
  const taken = new Set<string>();
  return (key, text = key) => {
    const known = byKey.get(key);
    if (known) return known;
    const base = slugify(text, fallback);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    byKey.set(key, id);
    return id;
  };
}
