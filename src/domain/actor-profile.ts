import type { ModelEvent, TimelineModel } from './load-dataset';
import type { Actor, Dispute, Position } from './schema';

/** What an actor's page says: their events, where they take a side, and who they appear with. */
export interface ActorProfile {
  actor: Actor;
  /** Every event that names them, in date order. */
  events: readonly ModelEvent[];
  /** Every dispute position they take, in the order of the events. */
  positions: readonly { event: ModelEvent; dispute: Dispute; position: Position }[];
  /** The actors who share their events, the most shared first (ties by name), with the number shared. */
  companions: readonly { actor: Actor; count: number }[];
}

/** How many companions a page lists: the closest ones, not a second copy of the actor list. */
export const COMPANIONS_SHOWN = 8;

export function actorProfile(model: TimelineModel, id: string): ActorProfile | null {
  const actor = model.actorById.get(id);
  if (!actor) return null;
  const events: ModelEvent[] = [];
  const positions: ActorProfile['positions'][number][] = [];
  const shared = new Map<string, number>();
  for (const event of model.events) {
    if (event.actors.includes(id)) {
      events.push(event);
      for (const other of new Set(event.actors)) if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    for (const dispute of event.disputes ?? []) {
      for (const position of dispute.positions) if (position.actor === id) positions.push({ event, dispute, position });
    }
  }
  const companions = [...shared]
    .flatMap(([other, count]) => {
      const companion = model.actorById.get(other);
      return companion ? [{ actor: companion, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.actor.name.localeCompare(b.actor.name, 'en'))
    .slice(0, COMPANIONS_SHOWN);
  return { actor, events, positions, companions };
}

/** How an actor's kind reads on their page. */
export const ACTOR_KIND_LABELS: Record<Actor['kind'], string> = {
  person: 'Person',
  organization: 'Organisation',
  government: 'Government',
  agency: 'Agency',
  legislature: 'Legislature',
  media: 'News organisation',
};
