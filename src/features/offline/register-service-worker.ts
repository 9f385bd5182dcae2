import { useAppStore } from '../../store/app-store';
import { whenFull } from '../../store/when-full';
import { watchForUpdates } from './update-signal';

/**
 * An idle moment at least a second after the data is in: the explorer renders
 * and the timeline draws in that time (later on a slow phone, where idle
 * moments come later too). Registered as soon as the data was in, the
 * precache's 2 MB competed with the bundled timeline's first drawing (bench,
 * bundled, a build with the worker, 9 loads: drawn at 326 ms, 260 ms now).
 */
const afterFirstView = () =>
  new Promise<void>((resolve) =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 5_000 }) : resolve()), 1_000),
  );

/**
 * Registers the service worker (issue 24) in a production build, once the
 * page has loaded, the timeline's data is in (or has failed) and the first
 * view has drawn, so its precache never competes with the first view, nor with a large data file
 * following its index: at 100,000 events the precache fetches tens of
 * megabytes, and starting it on the page's load event held the first draw
 * back by about 200 ms (measured with the bench on a build with the worker:
 * 594-665 ms against about 400). Not in the embed:
 * it lives in other sites' frames, where its pages are left to the network.
 * A browser without service workers, or a failed registration, just means no
 * offline copy: readers see nothing of it.
 */
export function registerServiceWorker(base: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => watchForUpdates(registration, (apply) => useAppStore.setState({ update: { apply } })))
      .catch(() => undefined);
  };
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  void Promise.all([loaded, whenFull()]).then(afterFirstView).then(register);
}
