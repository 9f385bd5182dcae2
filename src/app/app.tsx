import { useEffect } from 'react';
import type { LoadResult } from '../domain/load-dataset';
import { Notices } from '../components/notices';
import { DataMenu } from '../features/data-io/data-menu';
import { DropZone } from '../features/data-io/drop-zone';
import { FileStatus } from '../features/data-io/file-status';
import { LoadFailure } from '../features/dataset/load-failure';
import { LoadWarnings } from '../features/dataset/load-warnings';
import { useDataset } from '../features/dataset/use-dataset';
import { EventList } from '../features/event-list/event-list';
import { EventPanel } from '../features/event-panel/event-panel';
import { usePanelShortcuts } from '../features/event-panel/use-panel-shortcuts';
import { FilterBar } from '../features/filters/filter-bar';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { applyUrl, startUrlSync } from '../features/url-state/url-sync';
import { useAppStore } from '../store/app-store';
import { warmIndexes } from '../store/visible-events';
import { ViewSwitch } from './view-switch';

/** The data and the address land in the store together, so the first drawing is already the linked view. */
function onLoaded(result: LoadResult): void {
  useAppStore.getState().setLoadResult(result);
  if (result.ok) applyUrl(window.location.search);
}

export function App() {
  useDataset(onLoaded);
  usePanelShortcuts();
  const status = useAppStore((s) => s.status);
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  const hasSelection = useAppStore((s) => s.selectedId !== null && !!s.model?.eventById.has(s.selectedId));

  useEffect(() => {
    if (status === 'ready') return startUrlSync();
  }, [status]);

  useEffect(() => {
    if (!model) return;
    document.title = model.title;
    return warmIndexes(model);
  }, [model]);

  return (
    <div className={`app${hasSelection ? ' has-panel' : ''}`}>
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
          <FilterBar model={model} />
          <div className="workspace">
            <main id="main" tabIndex={-1}>
              {mode === 'timeline' ? <TimelinePanel model={model} /> : <EventList model={model} />}
            </main>
            <EventPanel model={model} />
          </div>
        </>
      ) : null}
    </div>
  );
}
