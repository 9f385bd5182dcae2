import { Notices } from '../components/notices';
import { PanelLoading, WithFullModel } from '../features/dataset/with-full-model';
import { LoadFailure } from '../features/dataset/load-failure';
import { EmbedCredit } from '../features/embed/embed-credit';
import { usePanelShortcuts } from '../features/event-panel/use-panel-shortcuts';
import { ResultCount } from '../features/filters/result-count';
import { OverviewStrip } from '../features/overview/overview-strip';
import { pageHref } from '../features/url-state/url-sync';
import type { HeadModel } from '../domain/load-dataset';
import { useI18n } from '../i18n/use-i18n';
import { useNarrowScreen } from '../lib/use-media-query';
import { useAppStore } from '../store/app-store';
import { EventList, EventPanel, TimelinePanel, VerticalTimeline } from './lazy-parts';
import { useExplorerEffects } from './use-explorer-effects';
import { ViewSwitch } from './view-switch';
import './embed.css';

/**
 * The explorer inside another site's article (`/embed/`): one title line, the
 * timeline, the event panel over it, and a credit line with the way out to
 * the full site. Same store, same components, same address state as the full
 * app; only the chrome is smaller.
 */
export function EmbedApp() {
  const i18n = useI18n();
  usePanelShortcuts();
  const status = useAppStore((s) => s.status);
  const model = useAppStore((s) => s.model);
  const mode = useAppStore((s) => s.mode);
  const hasSelection = useAppStore((s) => s.selectedId !== null && !!s.model?.eventById.has(s.selectedId));
  const narrow = useNarrowScreen();
  useExplorerEffects({ embedded: true });

  return (
    <div className={`app is-embed${hasSelection ? ' has-panel' : ''}`}>
      <header className="embed-header">
        <h1>{model?.title ?? i18n._('Timeline')}</h1>
        {model ? (
          <>
            <ResultCount model={model} />
            <ViewSwitch />
          </>
        ) : null}
      </header>
      <Notices />
      {status === 'loading' ? (
        <p className="loading" role="status">
          {i18n._('Loading the timeline…')}
        </p>
      ) : null}
      {status === 'failed' ? <LoadFailure /> : null}
      {model ? (
        <>
          <div className="embed-body">
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
            <WithFullModel pending={hasSelection ? <PanelLoading /> : null}>{(full) => <EventPanel model={full} embedded />}</WithFullModel>
          </div>
          <FullViewCredit model={model} />
        </>
      ) : null}
    </div>
  );
}

/** The credit line, its link kept on the view on screen (its own subscription, so panning redraws only this). */
function FullViewCredit({ model }: { model: HeadModel }) {
  const href = useAppStore(pageHref);
  return <EmbedCredit model={model} fullHref={new URL(href, window.location.origin).href} />;
}
