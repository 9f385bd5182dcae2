import { useEffect, useMemo, useState } from 'react';
import { actorProfile, actorProfileSteps, type ActorProfile } from '../../domain/actor-profile';
import type { TimelineModel } from '../../domain/load-dataset';
import { finishInSlices } from '../../domain/slices';

/** Up to this many events a profile is read at once: a few milliseconds, and no "Reading" flash. */
const AT_ONCE_MAX_EVENTS = 20_000;

/**
 * The actor's profile; `undefined` while it is being read. Above a few tens
 * of thousands of events it is read in slices after the page is shown, so
 * opening an actor's page never holds the main thread for long (issue 21).
 */
export function useActorProfile(model: TimelineModel, actorId: string | null): ActorProfile | null | undefined {
  const atOnce = model.events.length <= AT_ONCE_MAX_EVENTS;
  const [read, setRead] = useState<{ model: TimelineModel; actorId: string; profile: ActorProfile | null } | null>(null);

  useEffect(() => {
    if (atOnce || !actorId) return;
    const controller = new AbortController();
    void finishInSlices(actorProfileSteps(model, actorId), { signal: controller.signal }).then((profile) => {
      if (!controller.signal.aborted) setRead({ model, actorId, profile });
    });
    return () => controller.abort();
  }, [atOnce, model, actorId]);

  const now = useMemo(() => (atOnce && actorId ? actorProfile(model, actorId) : null), [atOnce, model, actorId]);
  if (!actorId) return null;
  if (atOnce) return now;
  return read?.model === model && read.actorId === actorId ? read.profile : undefined;
}
