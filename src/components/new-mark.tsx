import { isNewSince } from '../domain/change-dates';
import type { TimelineEvent } from '../domain/schema';
import { useI18n } from '../i18n/use-i18n';
import { useAppStore } from '../store/app-store';
import { newSinceDay } from '../store/filters';

/**
 * "New" or "Revised" on an event added or revised since the reader's last
 * visit, or since the day the "New since" filter names (issue 23). Nothing on
 * a first visit.
 */
export function NewMark({ event }: { event: Pick<TimelineEvent, 'added' | 'revised'> }) {
  const i18n = useI18n();
  const since = useAppStore(newSinceDay);
  if (!since || !isNewSince(event, since)) return null;
  const added = event.added !== undefined && event.added > since;
  return <span className="badge badge-new">{added ? i18n._('New') : i18n._('Revised')}</span>;
}
