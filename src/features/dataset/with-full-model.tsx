import type { ReactNode } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';

/**
 * What shows the events' texts (the panel, the list, the phone's cards, an
 * actor's page, print) renders from the whole model. While the data file is
 * still coming after the index drew the timeline, it says so in its place
 * instead of showing an event without its summary or sources.
 */
export function WithFullModel({ children, pending }: { children: (model: TimelineModel) => ReactNode; pending?: ReactNode }) {
  const full = useAppStore((s) => s.full);
  const failed = useAppStore((s) => s.fullFailure);
  if (full) return children(full);
  if (failed) return null;
  return pending === undefined ? <TextsLoading /> : pending;
}

export function TextsLoading() {
  const i18n = useI18n();
  return (
    <p className="loading" role="status">
      {i18n._('Loading the events’ texts…')}
    </p>
  );
}

/** The panel's place while the opened event's texts are on their way: the timeline keeps its width, the reader their bearings. */
export function PanelLoading() {
  const i18n = useI18n();
  const label = i18n._('Loading the event…');
  return (
    <aside className="event-panel" aria-label={label}>
      <p className="loading" role="status">
        {label}
      </p>
    </aside>
  );
}
