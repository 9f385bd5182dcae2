import { useAppStore } from '../../store/app-store';
import { watchForUpdates } from './update-signal';

/**
 * Registers the service worker (issue 24) in a production build, after the
 * page has loaded so it never competes with the first view. Not in the embed:
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
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
