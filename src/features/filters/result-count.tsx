import type { TimelineModel } from '../../domain/load-dataset';
import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';

/** "12 of 38 events", announced politely to screen readers as it changes. */
export function ResultCount({ model }: { model: TimelineModel }) {
  const shown = useAppStore((s) => selectVisibleEvents(s).length);
  const total = model.events.length;
  return (
    <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
      {shown === total ? `All ${formatCount(total)} events` : `${formatCount(shown)} of ${formatCount(total)} events`}
    </p>
  );
}
