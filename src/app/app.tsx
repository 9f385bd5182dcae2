import { Notices } from '../components/notices';
import { DataMenu } from '../features/data-io/data-menu';
import { DropZone } from '../features/data-io/drop-zone';
import { EmbedButton } from '../features/embed/embed-button';
import { FileStatus } from '../features/data-io/file-status';
import { LoadFailure } from '../features/dataset/load-failure';
import { LoadWarnings } from '../features/dataset/load-warnings';
import { EventList } from '../features/event-list/event-list';
import { EventPanel } from '../features/event-panel/event-panel';
import { usePanelShortcuts } from '../features/event-panel/use-panel-shortcuts';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterSheet } from '../features/filters/filter-sheet';
import { OverviewStrip } from '../features/overview/overview-strip';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { embedHref } from '../features/url-state/url-sync';
import { VerticalTimeline } from '../features/vertical-timeline/vertical-timeline';
import { useNarrowScreen } from '../lib/use-media-query';
import { useAppStore } from '../store/app-store';
import { useExplorerEffects } from './use-explorer-effects';
import { ViewSwitch } from './view-switch';

export function App() {
  usePanelShortcuts();
  const status = useAppStore((s) => s.status);
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  const hasSelection = useAppStore((s) => s.selectedId !== null && !!s.model?.eventById.has(s.selectedId));
  // Phones get the vertical timeline and sheets; decided before the first paint (see use-media-query.ts).
  const narrow = useNarrowScreen();
  useExplorerEffects({ embedded: false });

  return (
    <div className={`app${hasSelection ? ' has-panel' : ''}${narrow && mode === 'timeline' ? ' is-phone-timeline' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to events
      </a>
      <header className="app-header">
        <div className="titles">
          <h1>{model?.title ?? 'Timeline'}</h1>
          {model ? <p className="description">{model.description}</p> : null}
        </div>
        {model ? (
          <div className="header-actions">
            <DataMenu />
            <EmbedButton viewHref={embedHref} />
            <ViewSwitch />
          </div>
        ) : null}
      </header>
      <Notices />
      <FileStatus />
      {model ? <DropZone /> : null}
      {status === 'loading' ? (
        <p className="loading" role="status">
          Loading the timeline…
        </p>
      ) : null}
      {status === 'failed' ? <LoadFailure /> : null}
      {model ? (
        <>
          <LoadWarnings />
          {narrow ? <FilterSheet model={model} /> : <FilterBar model={model} />}
          <div className="workspace">
            <main id="main" tabIndex={-1}>
              {mode === 'timeline' ? (
                <>
                  <OverviewStrip model={model} />
                  {narrow ? <VerticalTimeline model={model} /> : <TimelinePanel model={model} />}
                </>
              ) : (
                <EventList model={model} />
              )}
            </main>
            <EventPanel model={model} />
          </div>
        </>
      ) : null}
    </div>
  );
}
