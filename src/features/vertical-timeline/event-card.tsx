import { memo } from 'react';
import { formatDistanceStrict } from 'date-fns';
import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import { formatEdtf } from '../../domain/format-date';
import { HighlightedText } from '../../components/highlighted-text';
import { tagClass, tagSlot } from '../../lib/tag-colors';

interface Props {
  event: ModelEvent;
  model: TimelineModel;
  tagIds: readonly string[];
  terms: readonly string[];
  selected: boolean;
  onSelect: (id: string) => void;
}

/**
 * One event on the phone timeline. The mark says the precision as on the
 * desktop: a dot for a known day, a hatched bar for a month or a year, a
 * solid bar for a period (whose length is written out); `c.` and `?` are in
 * the date label. The title wraps, never truncated.
 */
export const EventCard = memo(function EventCard({ event, model, tagIds, terms, selected, onSelect }: Props) {
  const { when } = event;
  const shape = when.isRange ? 'is-interval' : when.from.precision === 'day' ? 'is-day' : 'is-vague';
  const doubtful = when.from.approximate || when.to.approximate || when.from.uncertain || when.to.uncertain;
  const date = formatEdtf(when);
  const extent = when.isRange ? formatDistanceStrict(when.start, when.end + 1, { roundingMethod: 'round' }) : null;
  const tag = event.tags[0] ? model.tagById.get(event.tags[0]) : undefined;
  const disputed = !!event.disputes?.length;
  const label = [event.title, date, extent, tag?.label, disputed ? 'disputed' : null].filter(Boolean).join(', ');
  return (
    <button
      type="button"
      className={`v-card ${tagClass(tagSlot(tagIds, event.tags[0]))}`}
      data-event-id={event.id}
      data-start={when.start}
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(event.id)}
    >
      <span className={`v-mark ${shape}${doubtful ? ' is-approximate' : ''}`} aria-hidden="true" />
      <span className="v-card-body">
        <span className="v-meta">
          <span className="v-date">{date}</span>
          {extent ? <span className="v-extent">{extent}</span> : null}
          {tag ? <span className="v-tag">{tag.label}</span> : null}
          {disputed ? <span className="v-flag">disputed</span> : null}
        </span>
        <span className="v-title">
          <HighlightedText text={event.title} terms={terms} />
        </span>
      </span>
    </button>
  );
});
