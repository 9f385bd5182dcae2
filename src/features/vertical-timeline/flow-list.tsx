import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { gapLabel, monthName, type Section } from './sections';
import { EventCard } from './event-card';

interface Props {
  sections: readonly Section[];
  model: TimelineModel;
  tagIds: readonly string[];
  terms: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The list drawn whole (up to a few hundred events). Each year and month is
 * its own block, so its sticky header stays pinned only while its events are
 * in view and the next one takes its place.
 */
export function FlowList({ sections, ...card }: Props) {
  const i18n = useI18n();
  return (
    <ol className="v-list">
      {sections.map((section) =>
        section.kind === 'gap' ? (
          <li key={`gap-${section.from}`} className="v-gap">
            {gapLabel(section)}
          </li>
        ) : (
          <li key={section.year} className="v-year">
            <h3 className="v-year-head">
              {section.year}
              <span className="v-count">{i18n._('{count, plural, one {# event} other {# events}}', { count: section.count })}</span>
            </h3>
            {section.groups.map((group) =>
              group.month === null ? (
                <Cards key="year-only" events={group.events} {...card} />
              ) : (
                <section key={group.month} className="v-month" aria-label={i18n._('{month} {year}', { month: monthName(group.month), year: String(section.year) })}>
                  <h4 className="v-month-head" aria-hidden="true">
                    {monthName(group.month)}
                  </h4>
                  <Cards events={group.events} {...card} />
                </section>
              ),
            )}
          </li>
        ),
      )}
    </ol>
  );
}

function Cards({ events, model, tagIds, terms, selectedId, onSelect }: Omit<Props, 'sections'> & { events: readonly ModelEvent[] }) {
  return (
    <ul className="v-cards">
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} model={model} tagIds={tagIds} terms={terms} selected={event.id === selectedId} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
