import type { TimelineEvent } from './schema';

/**
 * An event's `added` and `revised` days (issue 23) are what feeds, the
 * calendar and "New since your last visit" go by, so they must agree with the
 * corrections recorded beside them: "revised" is the day of the latest
 * correction, never a day the log cannot show. A file that leaves "revised"
 * out gets it from its corrections (revisedOn).
 */
export function changeDateIssues(event: Pick<TimelineEvent, 'added' | 'revised' | 'corrections'>): { field: string; message: string }[] {
  const issues: { field: string; message: string }[] = [];
  const latest = latestCorrection(event);
  if (event.revised !== undefined && latest === undefined) {
    issues.push({ field: 'revised', message: `says ${event.revised}, but the event records no correction; "revised" is the day of its latest correction` });
  } else if (latest !== undefined && event.revised !== undefined && event.revised !== latest) {
    issues.push({ field: 'revised', message: `says ${event.revised}, but the latest correction is dated ${latest}` });
  }
  if (event.added !== undefined && latest !== undefined && latest < event.added) {
    issues.push({ field: 'added', message: `says ${event.added}, after the correction of ${latest}: an entry is corrected only once it was published` });
  }
  return issues;
}

/** The revised day an event is shown with: as the file says, or, where it leaves it out, its latest correction's. */
export function revisedOn(event: Pick<TimelineEvent, 'revised' | 'corrections'>): string | undefined {
  return event.revised ?? latestCorrection(event);
}

function latestCorrection(event: Pick<TimelineEvent, 'corrections'>): string | undefined {
  let latest: string | undefined;
  for (const { date } of event.corrections ?? []) if (latest === undefined || date > latest) latest = date;
  return latest;
}

/**
 * Whether an event was added or revised after `day` (an ISO day): "New since
 * your last visit". Days, not times, since that is all the file records; an
 * entry changed on the day of the visit itself is not counted, as the reader
 * may have seen it then.
 */
export function isNewSince(event: Pick<TimelineEvent, 'added' | 'revised'>, day: string): boolean {
  const changed = changedOn(event);
  return changed !== undefined && changed > day;
}

/** The day an event last changed for a reader: revised, else added; undefined when the file says neither. */
export function changedOn(event: Pick<TimelineEvent, 'added' | 'revised'>): string | undefined {
  return event.revised ?? event.added;
}
