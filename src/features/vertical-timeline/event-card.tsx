import { memo } from 'react';
import { formatDistanceStrict, type FormatDistanceToken } from 'date-fns';
import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import { formatEdtf } from '../../domain/format-date';
import { HighlightedText } from '../../components/highlighted-text';
import { dateLocaleOf, type CatalogLocale } from '../../i18n/locales';
import { useI18n } from '../../i18n/use-i18n';
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
  // Memoised, so it subscribes to the language itself: its date, length and flag are in the interface's language.
  const i18n = useI18n();
  const { when } = event;
  const shape = when.isRange ? 'is-interval' : when.from.precision === 'day' ? 'is-day' : 'is-vague';
  const doubtful = when.from.approximate || when.to.approximate || when.from.uncertain || when.to.uncertain;
  const date = formatEdtf(when);
  const extent = when.isRange ? periodLength(when.start, when.end + 1, i18n.locale as CatalogLocale) : null;
  const tag = event.tags[0] ? model.tagById.get(event.tags[0]) : undefined;
  const disputed = !!event.disputes?.length;
  const label = [event.title, date, extent, tag?.label, disputed ? i18n._('disputed') : null].filter(Boolean).join(', ');
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
          {disputed ? <span className="v-flag">{i18n._('disputed')}</span> : null}
        </span>
        {/* The dataset's language, which may read the other way from the interface's (issue 22). */}
        <span className="v-title" lang={model.lang} dir="auto">
          <HighlightedText text={event.title} terms={terms} />
        </span>
      </span>
    </button>
  );
});

const UNITS: Partial<Record<FormatDistanceToken, string>> = { xSeconds: 'second', xMinutes: 'minute', xHours: 'hour', xDays: 'day', xMonths: 'month', xYears: 'year' };

/**
 * A period's length, "3 months": date-fns chooses the unit and the count, as
 * it always has; the words are date-fns' own in English and the browser's
 * (Intl's units) in any other language, so no date-fns locale is bundled.
 */
function periodLength(start: number, end: number, locale: CatalogLocale): string {
  const dateLocale = dateLocaleOf(locale);
  if (dateLocale.startsWith('en')) return formatDistanceStrict(start, end, { roundingMethod: 'round' });
  const formatDistance = (token: FormatDistanceToken, count: number) => {
    const unit = UNITS[token];
    return unit ? new Intl.NumberFormat(dateLocale, { style: 'unit', unit, unitDisplay: 'long' }).format(count) : String(count);
  };
  return formatDistanceStrict(start, end, { roundingMethod: 'round', locale: { formatDistance } });
}
