import { withElements } from '../../components/with-elements';
import type { TimelineModel } from '../../domain/load-dataset';
import { dateLocaleOf, type CatalogLocale } from '../../i18n/locales';
import { useI18n } from '../../i18n/use-i18n';
import { filtersLine } from '../../store/filters-in-words';
import { useAppStore } from '../../store/app-store';
import { selectShownFullEvents } from '../../store/visible-events';
import { PrintedEvent } from './printed-event';
import { PrintedUrl } from './printed-url';
import { usePrintLifecycle } from './use-print-lifecycle';

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
  const i18n = useI18n();
  const shown = useAppStore(selectShownFullEvents);
  const filters = useAppStore((s) => s.filters);
  const selected = useAppStore((s) => (s.selectedId ? s.full?.eventById.get(s.selectedId) : undefined));
  const openedFile = useAppStore((s) => s.openedFile?.name);
  const events = only && selected ? [selected] : shown;
  const date = new Intl.DateTimeFormat(dateLocaleOf(i18n.locale as CatalogLocale), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const address = <PrintedUrl href={window.location.href} />;
  const origin = openedFile
    ? withElements((v) => i18n._('Printed {date} from the file “{file}”, opened at {address}', { date, file: openedFile, ...v }), { address })
    : withElements((v) => i18n._('Printed {date} from {address}', { date, ...v }), { address });
  return (
    <article aria-labelledby="print-title">
      <header className="print-head">
        <h1 id="print-title">{model.title}</h1>
        <p>{model.description}</p>
        <p className="print-filters">
          {only && selected
            ? i18n._('One event of the timeline, with its sources.')
            : i18n._('{filters} In date order, each with its sources.', { filters: filtersLine(model, filters, shown.length) })}
        </p>
        <p className="print-origin">{origin}</p>
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

