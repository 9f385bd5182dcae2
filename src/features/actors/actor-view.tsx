import { useEffect, useMemo, useRef } from 'react';
import { actorProfile } from '../../domain/actor-profile';
import type { TimelineModel } from '../../domain/load-dataset';
import { useAppStore } from '../../store/app-store';
import { ActorDetails, type ActorNavigation } from './actor-details';
import './actors.css';

const BASE = import.meta.env.BASE_URL;

/** The actor's page inside the app, the same markup as its static page, with links that move in place. */
export function ActorView({ model }: { model: TimelineModel }) {
  const actorId = useAppStore((s) => s.actorPage);
  const select = useAppStore((s) => s.select);
  const openActor = useAppStore((s) => s.openActor);
  const showActorEvents = useAppStore((s) => s.showActorEvents);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const profile = useMemo(() => (actorId ? actorProfile(model, actorId) : null), [model, actorId]);
  const navigate: ActorNavigation = useMemo(
    () => ({ toEvent: select, toActor: openActor, toActorEvents: showActorEvents, toHome: () => select(null) }),
    [select, openActor, showActorEvents],
  );

  // A new page: read from its top, with focus on its heading, as a page load would.
  useEffect(() => {
    if (!actorId) return;
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [actorId]);

  if (!profile) return null;
  return (
    <ActorDetails
      profile={profile}
      model={model}
      base={BASE}
      navigate={navigate}
      heading={
        <h2 id="actor-title" ref={headingRef} tabIndex={-1}>
          {profile.actor.name}
        </h2>
      }
    />
  );
}
