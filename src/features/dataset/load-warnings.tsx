import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { ProblemList } from './problem-list';

/**
 * Loaded, with something to say about the data. When events were skipped it
 * is a warning; otherwise (an unchecked quote, an unused tag) these are
 * notices and look like notes, not like a warning (issue 20).
 */
export function LoadWarnings() {
  const i18n = useI18n();
  const warnings = useAppStore((s) => s.warnings);
  const openedFile = useAppStore((s) => s.openedFile);
  if (warnings.length === 0) return null;
  const skipped = warnings.filter((w) => w.skipsEvent).length;
  if (skipped === 0) {
    const count = warnings.filter((w) => !w.overflow).length;
    return (
      <details className="load-notices">
        <summary>
          {openedFile
            ? i18n._('{count, plural, one {A note about this file (details)} other {# notes about this file (details)}}', { count })
            : i18n._('{count, plural, one {A note about the data (details)} other {# notes about the data (details)}}', { count })}
        </summary>
        <ProblemList problems={warnings} />
      </details>
    );
  }
  return (
    <details className="load-warnings">
      <summary>
        {i18n._(
          '{count, plural, one {# event was skipped because of problems in the data (details)} other {# events were skipped because of problems in the data (details)}}',
          { count: skipped },
        )}
      </summary>
      <ProblemList problems={warnings} />
    </details>
  );
}
