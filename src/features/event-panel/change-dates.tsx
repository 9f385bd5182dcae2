import { withElements } from '../../components/with-elements';
import { formatShortDay } from '../../domain/report-dates';
import type { TimelineEvent } from '../../domain/schema';
import { i18n } from '../../i18n/i18n';

/**
 * When this entry came into the timeline and when it was last corrected
 * (issue 23): the same days the feeds, the calendar and "New since your last
 * visit" go by, so a reader can see why an event is marked new.
 *
 * No store access (the static event page renders it too): the panel's
 * useI18n() renders it again when the language changes.
 */
export function ChangeDates({ event }: { event: Pick<TimelineEvent, 'added' | 'revised'> }) {
  if (!event.added && !event.revised) return null;
  const day = (iso: string) => <time dateTime={iso}>{formatShortDay(iso)}</time>;
  return (
    <p className="change-dates">
      {event.added ? <span>{withElements((v) => i18n._('Added {date}', v), { date: day(event.added) })}</span> : null}
      {event.added && event.revised ? ' · ' : null}
      {event.revised ? <span>{withElements((v) => i18n._('Revised {date}', v), { date: day(event.revised) })}</span> : null}
    </p>
  );
}

