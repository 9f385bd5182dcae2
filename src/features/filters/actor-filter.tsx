import { useState } from 'react';
import type { HeadModel } from '../../domain/load-dataset';
import { FilterPopover } from '../../components/filter-popover';
import { useI18n } from '../../i18n/use-i18n';
import { fold } from '../../lib/text-match';
import { useAppStore } from '../../store/app-store';
import { eventIndex } from '../../store/visible-events';
import { CountOption } from './count-option';
import { selectionSummary, sortActors, type ActorOrder } from './selection-summary';

/** A multi-select of actors with their event counts and a search box inside. */
export function ActorFilter({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const active = useAppStore((s) => s.filters.actors);
  const names = active.map((id) => model.actorById.get(id)?.name ?? id);
  return (
    <FilterPopover label={i18n._('Actors')} activeCount={active.length} summary={selectionSummary(names)}>
      <ActorOptions model={model} />
    </FilterPopover>
  );
}

/** The open panel. Counting events per actor waits until someone opens it: at 100,000 events that is a pass over all of them. */
function ActorOptions({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const active = useAppStore((s) => s.filters.actors);
  const toggleActor = useAppStore((s) => s.toggleActor);
  const setFilters = useAppStore((s) => s.setFilters);
  const [find, setFind] = useState('');
  const [order, setOrder] = useState<ActorOrder>('events');
  const counts = eventIndex(model).actorCounts;
  const needle = fold(find.trim());
  const actors = sortActors(
    model.actors.filter((a) => !needle || fold(a.name).includes(needle) || fold(a.description).includes(needle)),
    counts,
    order,
  );

  return (
    <>
      <label className="find-actor">
        {i18n._('Find an actor')}
        <input type="search" value={find} autoFocus autoComplete="off" onChange={(e) => setFind(e.target.value)} />
      </label>
      <div className="sort-switch" role="group" aria-label={i18n._('Sort actors')}>
        <button type="button" aria-pressed={order === 'events'} onClick={() => setOrder('events')}>
          {i18n._('Most events')}
        </button>
        <button type="button" aria-pressed={order === 'name'} onClick={() => setOrder('name')}>
          {i18n._('A–Z')}
        </button>
      </div>
      <ul className="options">
        {actors.map((actor) => (
          <CountOption
            key={actor.id}
            name={actor.name}
            description={actor.description}
            count={counts.get(actor.id) ?? 0}
            checked={active.includes(actor.id)}
            onToggle={() => toggleActor(actor.id)}
          />
        ))}
        {actors.length === 0 ? <li className="none">{i18n._('No actor matches “{find}”.', { find })}</li> : null}
      </ul>
      {active.length > 0 ? (
        <button type="button" className="link-button" onClick={() => setFilters({ actors: [] })}>
          {i18n._('Clear actors')}
        </button>
      ) : null}
    </>
  );
}
