import { useEffect, useMemo, useRef } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { ActorDetails, type ActorNavigation } from './actor-details';
import { useActorProfile } from './use-actor-profile';
import './actors.css';

const BASE = import.meta.env.BASE_URL;

/** The actor's page inside the app, the same markup as its static page, with links that move in place. */
export function ActorView({ model }: { model: TimelineModel }) {
  const i18n = useI18n();
  const actorId = useAppStore((s) => s.actorPage);
  const select = useAppStore((s) => s.select);
  const openActor = useAppStore((s) => s.openActor);
  const showActorEvents = useAppStore((s) => s.showActorEvents);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const profile = useActorProfile(model, actorId);
  const navigate: ActorNavigation = useMemo(
    () => ({ toEvent: select, toActor: openActor, toActorEvents: showActorEvents, toHome: () => select(null) }),
    [select, openActor, showActorEvents],
  );

  // A new page: read from its top, with focus on its heading, as a page load would.
  // In the next frame, where the page is laid out anyway: focusing at once forced that
  // layout into the task that built the page, 50 ms of it at 150,000 events (issue 21).
  const ready = profile !== undefined;
  useEffect(() => {
    if (!actorId || !ready) return;
    const frame = requestAnimationFrame(() => {
      window.scrollTo(0, 0);
      headingRef.current?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [actorId, ready]);

  if (profile === undefined) {
    return (
      <article className="actor-page" aria-busy="true">
        <p role="status">{i18n._('{count, plural, one {Reading # event…} other {Reading # events…}}', { count: model.events.length })}</p>
      </article>
    );
  }
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
