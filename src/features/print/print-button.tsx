import { useI18n } from '../../i18n/use-i18n';
import { useNarrowScreen } from '../../lib/use-media-query';
import { printShownEvents } from './use-print-lifecycle';

/**
 * "Print or save as PDF" (issue 23): the browser's print dialog, which also
 * saves PDFs, with the print document of what the filters show. Beside Export
 * in the header; on a phone, whose header has one row only, inside the
 * Export panel (`inPanel`), as Subscribe is.
 */
export function PrintButton({ inPanel = false }: { inPanel?: boolean }) {
  const i18n = useI18n();
  const narrow = useNarrowScreen();
  if (narrow !== inPanel) return null;
  const hint = i18n._('the events shown, with their sources and addresses, as a document');
  const name = i18n._('Print or save as PDF');
  // In the header the button shows its first word only; its name is the whole phrase, which
  // each language words whole rather than from the visible word and the rest.
  const button = (
    <button type="button" className="print-button" onClick={printShownEvents} aria-describedby="print-hint" aria-label={inPanel ? undefined : name}>
      {inPanel ? name : i18n._('Print')}
    </button>
  );
  if (inPanel) {
    return (
      <p className="export-print">
        {button}{' '}
        <span className="hint" id="print-hint">
          {hint}
        </span>
      </p>
    );
  }
  return (
    <>
      {button}
      <span className="visually-hidden" id="print-hint">
        {hint}
      </span>
    </>
  );
}
