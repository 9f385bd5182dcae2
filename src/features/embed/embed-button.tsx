import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { AppState } from '../../store/app-store';

const EmbedDialog = lazy(() => import('./embed-dialog').then((module) => ({ default: module.EmbedDialog })));

/** "Embed": code for an article that shows the view on screen (event, filters, period). */
export function EmbedButton({ viewHref }: { viewHref: (state: AppState) => string }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {i18n._('Embed')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog viewHref={viewHref} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
