import { Notices } from '../components/notices';
import { SiteTitles } from '../components/site-titles';
import { ActorView } from '../features/actors/actor-view';
import { DataMenu } from '../features/data-io/data-menu';
import { DropZone } from '../features/data-io/drop-zone';
import { EmbedButton } from '../features/embed/embed-button';
import { FileStatus } from '../features/data-io/file-status';
import { LoadFailure } from '../features/dataset/load-failure';
import { LoadWarnings } from '../features/dataset/load-warnings';
import { PanelLoading, WithFullModel } from '../features/dataset/with-full-model';
import { usePanelShortcuts } from '../features/event-panel/use-panel-shortcuts';
import { UpdatePrompt } from '../features/offline/update-prompt';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterSheet } from '../features/filters/filter-sheet';
import { DownloadImage } from '../features/image-export/download-image';
import { OverviewStrip } from '../features/overview/overview-strip';
import { LanguageMenu } from '../features/language/language-menu';
import { PrintButton } from '../features/print/print-button';
import { PrintDocument } from '../features/print/print-document';
import { StoriesMenu } from '../features/stories/stories-menu';
import { useStoryPanel } from '../features/stories/use-story-panel';
import { useStoryShortcuts } from '../features/stories/use-story-shortcuts';
import { embedHref } from '../features/url-state/url-sync';
import { useI18n } from '../i18n/use-i18n';
import { useNarrowScreen } from '../lib/use-media-query';
import { useAppStore } from '../store/app-store';
import { EventList, EventPanel, TimelinePanel, VerticalTimeline } from './lazy-parts';
import { useExplorerEffects } from './use-explorer-effects';
import { ViewSwitch } from './view-switch';

export function App() {
  const i18n = useI18n();
  usePanelShortcuts();
  useStoryShortcuts();
  const story = useStoryPanel();
  const status = useAppStore((s) => s.status);
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  const hasSelection = useAppStore((s) => s.selectedId !== null && !!s.model?.eventById.has(s.selectedId));
  // An actor's page (/actors/<id>/) takes the place of the explorer.
  const actorPage = useAppStore((s) => (s.actorPage ? s.model?.actorById.get(s.actorPage) : undefined));
  // Phones get the vertical timeline and sheets; decided before the first paint (see use-media-query.ts).
  const narrow = useNarrowScreen();
  useExplorerEffects({ embedded: false });

  return (
    <div className={`app${hasSelection && !actorPage ? ' has-panel' : ''}${narrow && mode === 'timeline' && !actorPage ? ' is-phone-timeline' : ''}`}>
      <a className="skip-link" href="#main">
        {i18n._('Skip to events')}
      </a>
      <header className="app-header">
        {model ? (
          <SiteTitles model={model} narrow={narrow} />
        ) : (
          <div className="titles">
            <h1>{i18n._('Timeline')}</h1>
          </div>
        )}
        {model ? (
          <div className="header-actions">
            {/* On a phone the header is full; the Stories control sits in the filter strip instead,
                and embedding (a newsroom's desktop task) is left to wider screens. */}
            {!narrow || actorPage ? <StoriesMenu model={model} /> : null}
            {actorPage ? null : (
              <>
                <DataMenu
                  inExport={
                    <>
                      <PrintButton inPanel />
                      <DownloadImage inPanel />
                    </>
                  }
                  afterExport={
                    <>
                      <PrintButton />
                      <DownloadImage />
                    </>
                  }
                />
                {narrow ? null : <EmbedButton viewHref={embedHref} />}
                <ViewSwitch />
              </>
            )}
            {/* On a phone the header's two rows are full; the language sits in the filter strip, beside Stories. */}
            {!narrow || actorPage ? <LanguageMenu /> : null}
          </div>
        ) : null}
      </header>
      <Notices />
      <UpdatePrompt />
      <FileStatus />
      {model ? <DropZone /> : null}
      {status === 'loading' ? (
        <p className="loading" role="status">
          {i18n._('Loading the timeline…')}
        </p>
      ) : null}
      {status === 'failed' ? <LoadFailure /> : null}
      {model && actorPage ? (
        <main id="main" tabIndex={-1}>
          <WithFullModel>{(full) => <ActorView model={full} />}</WithFullModel>
        </main>
      ) : null}
      {model && !actorPage ? (
        <>
          <LoadWarnings />
          {narrow ? <FilterSheet
              model={model}
              after={
                <>
                  <LanguageMenu />
                  <StoriesMenu model={model} />
                </>
              }
            /> : <FilterBar model={model} />}
          <div className="workspace">
            <main id="main" tabIndex={-1}>
              {mode === 'timeline' ? (
                <>
                  <OverviewStrip model={model} />
                  {narrow ? <WithFullModel>{(full) => <VerticalTimeline model={full} />}</WithFullModel> : <TimelinePanel model={model} />}
                </>
              ) : (
                <WithFullModel>{(full) => <EventList model={full} />}</WithFullModel>
              )}
            </main>
            <WithFullModel pending={hasSelection ? <PanelLoading /> : null}>{(full) => <EventPanel model={full} story={story} />}</WithFullModel>
          </div>
          <WithFullModel pending={null}>{(full) => <PrintDocument model={full} />}</WithFullModel>
        </>
      ) : null}
    </div>
  );
}
