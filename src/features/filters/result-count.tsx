import type { HeadModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { formatCount } from '../../lib/format-count';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';

/** "12 of 38 events", announced politely to screen readers as it changes. */
export function ResultCount({ model }: { model: HeadModel }) {
  const i18n = useI18n();
  const shown = useAppStore((s) => selectVisibleEvents(s).length);
  // Before the data file is in, a search can only look at titles (visible-events.ts): said, not hidden.
  const titlesOnly = useAppStore((s) => !s.full && s.filters.query.trim() !== '');
  const total = model.events.length;
  return (
    <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
      {shown === total
        ? i18n._('{total, plural, one {All # event} other {All # events}}', { total })
        : i18n._('{total, plural, one {{shown} of # event} other {{shown} of # events}}', { total, shown: formatCount(shown) })}
      {titlesOnly ? ` ${i18n._('(titles searched; summaries and quotes are still loading)')}` : null}
    </p>
  );
}
