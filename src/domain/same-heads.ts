import type { EventHead, HeadModel } from './model';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

const sameHead = (a: EventHead, b: EventHead) =>
  a.id === b.id &&
  a.date === b.date &&
  a.title === b.title &&
  a.disputed === b.disputed &&
  a.added === b.added &&
  a.revised === b.revised &&
  sameList(a.actors, b.actors) &&
  sameList(a.tags, b.tags);

/**
 * Whether two models draw the same first view: the same events in the same
 * order with the same titles, dates, actors, tags and flags, and the same
 * actors and tags to name them. The data file's model, arriving after its
 * index drew the timeline, normally does; a stale index does not.
 */
export function sameHeads(a: HeadModel, b: HeadModel): boolean {
  if (a === b) return true;
  return (
    a.span.text === b.span.text &&
    a.events.length === b.events.length &&
    a.actors.length === b.actors.length &&
    a.tags.length === b.tags.length &&
    a.actors.every((actor, i) => actor.id === b.actors[i]!.id && actor.name === b.actors[i]!.name) &&
    a.tags.every((tag, i) => tag.id === b.tags[i]!.id && tag.label === b.tags[i]!.label) &&
    a.events.every((event, i) => sameHead(event, b.events[i]!))
  );
}
