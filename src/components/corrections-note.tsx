import { formatShortDay, newestFirst } from '../domain/report-dates';
import type { Correction } from '../domain/schema';
import { useI18n } from '../i18n/use-i18n';
import { withElements } from './with-elements';

/**
 * Corrections said in the open where the corrected words stand: "Corrected
 * 1 Dec 2026" and what the line said before. Shared by the panel, the static
 * event page and the actor page.
 */
export function CorrectionsNote({ corrections }: { corrections: readonly Correction[] | undefined }) {
  const i18n = useI18n();
  if (!corrections?.length) return null;
  return (
    <div className="corrections-note" role="note" aria-label={i18n._('Corrections')}>
      {newestFirst(corrections).map((c, i) => (
        <p key={i}>
          <strong>
            {withElements((v) => i18n._('Corrected {date}', v), {
              date: <time dateTime={c.date}>{formatShortDay(c.date)}</time>,
            })}
          </strong>
          {' '}
          {c.text}
        </p>
      ))}
    </div>
  );
}
