import type { TimelineModel } from '../../domain/load-dataset';
import { filtersLine } from '../../store/filters-in-words';
import { useAppStore } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { PrintedEvent } from './printed-event';
import { PrintedUrl } from './printed-url';
import { usePrintLifecycle } from './use-print-lifecycle';

const PRINTED_ON = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The explorer on paper: the title, the filters in effect, then every event
 * they show, in date order, each with its sources written out (printed-event.tsx).
 * On an event's page, that event alone. The container is `hidden` on screen
 * and shown by the print stylesheet (print.css), which hides the rest of the
 * app; its content exists only while printing (use-print-lifecycle.ts).
 */
export function PrintDocument({ model }: { model: TimelineModel }) {
  usePrintLifecycle();
  const printing = useAppStore((s) => s.printing);
  return (
    <div className="print-document" hidden>
      {printing ? <PrintedTimeline model={model} only={printing === 'selected'} /> : null}
    </div>
  );
}

function PrintedTimeline({ model, only }: { model: TimelineModel; only: boolean }) {
  const shown = useAppStore(selectVisibleEvents);
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => (s.selectedId ? s.model?.eventById.get(s.selectedId) : undefined));
  const openedFile = useAppStore((s) => s.openedFile?.name);
  const events = only && selected ? [selected] : shown;
  return (
    <article aria-labelledby="print-title">
      <header className="print-head">
        <h1 id="print-title">{model.title}</h1>
        <p>{model.description}</p>
        <p className="print-filters">{only && selected ? 'One event of the timeline, with its sources.' : `${filtersLine(model, filters, shown.length)} In date order, each with its sources.`}</p>
        <p className="print-origin">
          Printed {PRINTED_ON.format(new Date())} from {openedFile ? `the file “${openedFile}”, opened at ` : ''}
          <PrintedUrl href={window.location.href} />
        </p>
      </header>
      <ol className="print-events">
        {events.map((event) => (
          <li key={event.id}>
            <PrintedEvent event={event} model={model} />
          </li>
        ))}
      </ol>
    </article>
  );
}
