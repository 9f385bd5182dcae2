import { ACTOR_KINDS, type ActorKind } from '../schema';

/**
 * The CSV layout, shared by import and export so an exported file opens
 * again. One row per event; lists are separated by ";"; each source is a
 * group of columns numbered from 1 (documented in the README, "Authoring").
 */

export const EVENT_COLUMNS = ['id', 'date', 'title', 'summary', 'actors', 'tags'] as const;
export const REQUIRED_COLUMNS = ['date', 'title', 'summary', 'actors', 'tags'] as const;
export const SOURCE_FIELDS = ['url', 'outlet', 'headline', 'published', 'quote', 'date_basis'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

export const sourceColumn = (n: number, field: SourceField) => `source_${n}_${field}`;
export const SOURCE_COLUMN = /^source_([1-9][0-9]?)_(url|outlet|headline|published|quote|date_basis)$/;

export const LIST_SEPARATOR = ';';

/** "WikiLeaks [organization]" → name and kind; a name without a kind is a person, the commonest case. */
export function parseActorCell(entry: string): { name: string; kind: ActorKind | null } {
  const match = /^(.*?)\s*\[([a-z]+)\]$/.exec(entry);
  if (match && (ACTOR_KINDS as readonly string[]).includes(match[2]!)) return { name: match[1]!, kind: match[2] as ActorKind };
  return { name: entry, kind: null };
}

export const formatActorCell = (name: string, kind: ActorKind) => (kind === 'person' ? name : `${name} [${kind}]`);

