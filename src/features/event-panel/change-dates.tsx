import { formatShortDay } from '../../domain/report-dates';
import type { TimelineEvent } from '../../domain/schema';

/**
 * When this entry came into the timeline and when it was last corrected
 * (issue 23): the same days the feeds, the calendar and "New since your last
 * visit" go by, so a reader can see why an event is marked new.
 */
export function ChangeDates({ event }: { event: Pick<TimelineEvent, 'added' | 'revised'> }) {
  if (!event.added && !event.revised) return null;
  return (
    <p className="change-dates">
      {event.added ? (
        <span>
          Added <time dateTime={event.added}>{formatShortDay(event.added)}</time>
        </span>
      ) : null}
      {event.added && event.revised ? ' · ' : null}
      {event.revised ? (
        <span>
          Revised <time dateTime={event.revised}>{formatShortDay(event.revised)}</time>
        </span>
      ) : null}
    </p>
  );
}
