import type { ActorProfile } from '../../src/domain/actor-profile';
import type { TimelineModel } from '../../src/domain/load-dataset';
import { ActorDetails } from '../../src/features/actors/actor-details';
import { StaticShell } from './static-shell';

/** An actor's own page: the same ActorDetails the app shows at that address, readable without JavaScript. */
export function ActorPage({ profile, model, base }: { profile: ActorProfile; model: TimelineModel; base: string }) {
  return (
    <StaticShell model={model} base={base}>
      <ActorDetails profile={profile} model={model} base={base} heading={<h2 id="actor-title">{profile.actor.name}</h2>} />
    </StaticShell>
  );
}
