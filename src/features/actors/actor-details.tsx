import { useState, type ReactNode } from 'react';
import { ACTOR_KIND_LABELS, type ActorProfile } from '../../domain/actor-profile';
import { formatEdtf } from '../../domain/format-date';
import type { TimelineModel } from '../../domain/load-dataset';
import { AppLink } from '../../components/app-link';
import { CorrectionsNote } from '../../components/corrections-note';
import { SafeLink } from '../../components/safe-link';
import { withElements } from '../../components/with-elements';
import { useI18n } from '../../i18n/use-i18n';
import { actorPathFor } from '../../lib/actor-path';
import { pathFor } from '../../lib/event-path';

export interface ActorNavigation {
  toEvent: (id: string) => void;
  toActor: (id: string) => void;
  /** Leaves for the explorer filtered to this actor. */
  toActorEvents: (id: string) => void;
  toHome: () => void;
}

interface Props {
  profile: ActorProfile;
  model: TimelineModel;
  base: string;
  /** The actor's name as the page's heading: the app passes a focusable one. */
  heading: ReactNode;
  /** Moves inside the app; without it (a static page) every link is an ordinary link. */
  navigate?: ActorNavigation | undefined;
}

/**
 * In the app, a long list is drawn a few hundred rows at a time: an actor in
 * 30,000 of 150,000 events once froze the page for 14 s (issue 21). The static
 * page, written at build time, lists every row.
 */
export const ROWS_SHOWN = 300;

/**
 * An actor's page: who they are, every event that names them, every side
 * they take in a dispute with their words and the source, and the actors
 * they appear with most. Only the language comes from the store, so the
 * build writes the same markup into `/actors/<id>/`.
 */
export function ActorDetails({ profile, model, base, heading, navigate }: Props) {
  const i18n = useI18n();
  const { actor, events, positions, companions } = profile;
  const [shown, setShown] = useState(ROWS_SHOWN);
  const limit = navigate ? shown : Infinity;
  const more = (total: number, label: (hidden: number) => string) =>
    total > limit ? (
      <button type="button" className="show-more" onClick={() => setShown((n) => n + ROWS_SHOWN * 4)}>
        {label(total - limit)}
      </button>
    ) : null;
  const stance = (s: 'asserts' | 'denies') => (s === 'asserts' ? i18n._('Asserts') : i18n._('Denies'));
  return (
    <article className="actor-page" aria-labelledby="actor-title">
      <p className="actor-back">
        <AppLink href={base} onNavigate={navigate?.toHome}>
          <span className="reading-arrow" aria-hidden="true">←</span>{' '}
          {i18n._('All events')}
        </AppLink>
      </p>
      {/* The domain's label, looked up in the catalogs (as an id or as a message descriptor). */}
      <p className="actor-kind">{i18n._(ACTOR_KIND_LABELS[actor.kind])}</p>
      {heading}
      <p className="actor-description">{actor.description}</p>
      <CorrectionsNote corrections={actor.corrections} />
      <p>
        <AppLink className="button-link" href={`${base}?actors=${actor.id}`} onNavigate={navigate ? () => navigate.toActorEvents(actor.id) : undefined}>
          {i18n._('Show only {name}’s events', { name: actor.name })}
        </AppLink>
      </p>

      <section className="actor-section" aria-labelledby="actor-events-heading">
        <h3 id="actor-events-heading">{i18n._('Events ({count})', { count: events.length })}</h3>
        {events.length === 0 ? <p className="unchecked">{i18n._('No event names {name}.', { name: actor.name })}</p> : null}
        <ol className="actor-events">
          {events.slice(0, limit).map((event) => (
            <li key={event.id}>
              <time dateTime={event.date} className="row-date">
                {formatEdtf(event.when)}
              </time>
              <AppLink href={pathFor(event.id, base)} className="row-title" onNavigate={navigate ? () => navigate.toEvent(event.id) : undefined}>
                {event.title}
              </AppLink>
              {event.disputes?.length ? <span className="badge">{i18n._('Disputed')}</span> : null}
            </li>
          ))}
        </ol>
        {more(events.length, (count) => i18n._('Show more events ({count, plural, one {# not shown} other {# not shown}})', { count }))}
      </section>

      {positions.length > 0 ? (
        <section className="actor-section" aria-labelledby="actor-disputes-heading">
          <h3 id="actor-disputes-heading">{i18n._('Sides taken in disputes ({count})', { count: positions.length })}</h3>
          <ul className="actor-positions">
            {positions.slice(0, limit).map(({ event, dispute, position }, i) => {
              const article = model.articles.get(position.source.article);
              return (
                <li key={i} className={`dispute side-${position.stance}`}>
                  <h4>{dispute.question}</h4>
                  <p className="actor-position-meta">
                    {withElements((v) => i18n._('{stance} · on {event}', v), {
                      stance: <span className={`stance stance-${position.stance}`}>{stance(position.stance)}</span>,
                      event: (
                        <AppLink href={pathFor(event.id, base)} onNavigate={navigate ? () => navigate.toEvent(event.id) : undefined}>
                          {event.title}
                        </AppLink>
                      ),
                    })}
                  </p>
                  <p>{position.statement}</p>
                  <blockquote cite={article?.url} dir="auto">
                    <p>{position.source.quote}</p>
                    {article ? (
                      <footer>
                        — <SafeLink href={article.url}>{article.outlet}, {article.published}</SafeLink>
                      </footer>
                    ) : null}
                  </blockquote>
                </li>
              );
            })}
          </ul>
          {more(positions.length, (count) => i18n._('Show more sides ({count, plural, one {# not shown} other {# not shown}})', { count }))}
        </section>
      ) : null}

      {companions.length > 0 ? (
        <section className="actor-section" aria-labelledby="actor-companions-heading">
          <h3 id="actor-companions-heading">{i18n._('Appears most often with')}</h3>
          <ul className="actor-companions">
            {companions.map(({ actor: other, count }) => (
              <li key={other.id}>
                <AppLink href={actorPathFor(other.id, base)} onNavigate={navigate ? () => navigate.toActor(other.id) : undefined}>
                  {other.name}
                </AppLink>{' '}
                <span className="count">{i18n._('{count, plural, one {# shared event} other {# shared events}}', { count })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
