import type { ModelEvent, TimelineModel } from '../../src/domain/load-dataset';
import { newestFirst } from '../../src/domain/report-dates';

/**
 * What changed in the timeline, one entry per event added and per event
 * revised, newest first (issue 23). A revision carries the corrections of its
 * day, which say what the line said before; so the feeds are the corrections
 * log of the events, plus their arrivals. Actors' and stories' corrections
 * have no event page to link to and stay on /corrections/.
 */
export interface Change {
  kind: 'added' | 'revised';
  event: ModelEvent;
  /** An ISO day. */
  day: string;
  /** The corrections made that day (revisions only), newest first. */
  corrections: readonly string[];
}

export function changeLog(model: Pick<TimelineModel, 'events'>): Change[] {
  const changes: Change[] = [];
  for (const event of model.events) {
    if (event.added) changes.push({ kind: 'added', event, day: event.added, corrections: [] });
    if (event.revised) {
      const day = event.revised;
      const texts = newestFirst(event.corrections ?? []).filter((c) => c.date === day).map((c) => c.text);
      changes.push({ kind: 'revised', event, day, corrections: texts });
    }
  }
  // Newest first; within a day revisions before additions, then the timeline's own order, so two builds agree.
  const order = new Map(model.events.map((e, i) => [e.id, i]));
  return changes.sort((a, b) => (a.day === b.day ? (a.kind === b.kind ? order.get(a.event.id)! - order.get(b.event.id)! : a.kind === 'revised' ? -1 : 1) : a.day < b.day ? 1 : -1));
}
