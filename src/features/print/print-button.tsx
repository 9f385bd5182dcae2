import { useNarrowScreen } from '../../lib/use-media-query';
import { printShownEvents } from './use-print-lifecycle';

const HINT = 'the events shown, with their sources and addresses, as a document';

/**
 * "Print or save as PDF" (issue 23): the browser's print dialog, which also
 * saves PDFs, with the print document of what the filters show. Beside Export
 * in the header; on a phone, whose header has one row only, inside the
 * Export panel (`inPanel`), as Subscribe is.
 */
export function PrintButton({ inPanel = false }: { inPanel?: boolean }) {
  const narrow = useNarrowScreen();
  if (narrow !== inPanel) return null;
  const button = (
    <button type="button" className="print-button" onClick={printShownEvents} aria-describedby="print-hint">
      Print<span className={inPanel ? undefined : 'visually-hidden'}> or save as PDF</span>
    </button>
  );
  if (inPanel) {
    return (
      <p className="export-print">
        {button}{' '}
        <span className="hint" id="print-hint">
          {HINT}
        </span>
      </p>
    );
  }
  return (
    <>
      {button}
      <span className="visually-hidden" id="print-hint">
        {HINT}
      </span>
    </>
  );
}
