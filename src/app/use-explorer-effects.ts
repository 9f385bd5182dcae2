import { useEffect } from 'react';
import { startUrlSync } from '../features/url-state/url-sync';
import { followDatasetLanguage } from '../i18n/interface-language';
import { useAppStore } from '../store/app-store';
import { warmIndexes } from '../store/visible-events';

/**
 * What the full explorer and the embed share once the data is in: the address
 * mirrors the view, indexes build in idle time, and the tab's title names the
 * event or actor on screen, as their static pages do.
 */
export function useExplorerEffects({ embedded }: { embedded: boolean }): void {
  const status = useAppStore((s) => s.status);
  const model = useAppStore((s) => s.model);
  const selectedTitle = useAppStore((s) => (s.selectedId ? s.model?.eventById.get(s.selectedId)?.title : undefined));
  const actorName = useAppStore((s) => (s.actorPage ? s.model?.actorById.get(s.actorPage)?.name : undefined));
  const pageTitle = actorName ?? selectedTitle;

  useEffect(() => {
    if (status === 'ready') return startUrlSync({ embedded });
  }, [status, embedded]);

  useEffect(() => {
    if (model) return warmIndexes(model);
  }, [model]);

  // A timeline opened from a file speaks its own language, unless the reader chose one (issue 22).
  useEffect(() => {
    if (model) void followDatasetLanguage(model.lang);
  }, [model]);

  useEffect(() => {
    if (model) document.title = pageTitle ? `${pageTitle} — ${model.title}` : model.title;
  }, [model, pageTitle]);
}
