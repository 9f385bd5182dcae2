import type { TimelineModel } from '../../domain/load-dataset';
import { useAppStore } from '../../store/app-store';
import { ActorNames } from './event-details';

const BASE = import.meta.env.BASE_URL;

/** The event's actors, each a link to the actor's page, opened in place. */
export function ActorLinks({ model, actorIds }: { model: TimelineModel; actorIds: readonly string[] }) {
  const openActor = useAppStore((s) => s.openActor);
  return <ActorNames model={model} actorIds={actorIds} base={BASE} onOpen={openActor} />;
}
