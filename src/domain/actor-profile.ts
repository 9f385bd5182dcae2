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
  const steps = actorProfileSteps(model, id);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same, pausing every few thousand events (it yields the events read),
 * so the app can read 150,000 of them in slices: that one pass took 80 ms
 * of a 210 ms task, as memory traffic more than arithmetic (issue 21).
 */
export function* actorProfileSteps(model: TimelineModel, id: string): Generator<number, ActorProfile | null, void> {
  const actor = model.actorById.get(id);
  if (!actor) return null;
  const events: ModelEvent[] = [];
  const positions: ActorProfile['positions'][number][] = [];
  const shared = new Map<string, number>();
  // One pass over every event, without a Set or an array made per event: at 150,000 events
  // this loop is part of the task that opens the page (issue 21).
  for (const [n, event] of model.events.entries()) {
    if (n % 2_000 === 1_999) yield n;
    const names = event.actors;
    if (names.includes(id)) {
      events.push(event);
      for (let i = 0; i < names.length; i++) {
        const other = names[i]!;
        // An actor named twice in one event shares it once.
        if (other !== id && names.indexOf(other) === i) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    if (!event.disputes) continue;
    for (const dispute of event.disputes) {
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
  // Marked for the catalogs; the page translates them when it shows one (i18n._(label)).
  person: /*i18n*/ 'Person',
  organization: /*i18n*/ 'Organisation',
  government: /*i18n*/ 'Government',
  agency: /*i18n*/ 'Agency',
  legislature: /*i18n*/ 'Legislature',
  media: /*i18n*/ 'News organisation',
};
