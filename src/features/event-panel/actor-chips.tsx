import type { TimelineModel } from '../../domain/load-dataset';
import { useAppStore } from '../../store/app-store';
import { ActorSection } from './event-details';

/** The event's actors; each one toggles the actor filter. */
export function ActorChips({ model, actorIds }: { model: TimelineModel; actorIds: readonly string[] }) {
  const active = useAppStore((s) => s.filters.actors);
  const toggleActor = useAppStore((s) => s.toggleActor);
  return (
    <ActorSection>
      {actorIds.map((id) => {
        const actor = model.actorById.get(id);
        if (!actor) return null;
        const on = active.includes(id);
        return (
          <li key={id}>
            <button
              type="button"
              className="chip"
              aria-pressed={on}
              title={actor.description}
              onClick={() => toggleActor(id)}
            >
              {actor.name}
              <span className="visually-hidden">{on ? ' (filtering; press to stop)' : ' (filter by this actor)'}</span>
            </button>
          </li>
        );
        })}
    </ActorSection>
  );
}
