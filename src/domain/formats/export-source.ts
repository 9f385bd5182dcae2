import type { TimelineModel } from '../load-dataset';
import type { TimelineEvent } from '../schema';

/** What every exporter reads: the shown events and the model's lookups for what they name. */
export type ExportModel = Pick<TimelineModel, 'title' | 'description' | 'span' | 'articles' | 'actorById' | 'tagById'> &
  Partial<Pick<TimelineModel, 'stories' | 'updated'>>;

/** An event as the contract writes it, without the model's parsed date. */
export function plainEvent(event: TimelineEvent): TimelineEvent {
  const { id, title, summary, date, actors, tags, sources, disputes, corrections, added, revised } = event;
  return {
    id, title, summary, date, actors, tags, sources,
    ...(disputes ? { disputes } : {}),
    ...(corrections ? { corrections } : {}),
    // A copy keeps when each entry was added and revised (issue 23), so a reader of it can follow what changed.
    ...(added ? { added } : {}),
    ...(revised ? { revised } : {}),
  };
}
