import type { ModelEvent, TimelineModel } from '../../src/domain/load-dataset';
import { ActorNames, EventDetails } from '../../src/features/event-panel/event-details';
import { i18n } from '../../src/i18n/i18n';
import { StaticShell } from './static-shell';

/** An event's own page: the event in the panel, as the explorer shows it, and every other event beside it. */
export function EventPage({ event, model, base }: { event: ModelEvent; model: TimelineModel; base: string }) {
  return (
    <StaticShell
      model={model}
      base={base}
      aside={
        <aside className="event-panel" aria-labelledby="panel-title">
          <div className="panel-bar">
            <a href={base}>{i18n._('All events')}</a>
          </div>
          <div className="panel-body">
            <EventDetails
              event={event}
              model={model}
              terms={[]}
              heading={<h2 id="panel-title">{event.title}</h2>}
              actors={<ActorNames model={model} actorIds={event.actors} base={base} />}
            />
          </div>
        </aside>
      }
    />
  );
}
