/**
 * Tells the page when a new version of the site (new code or new data, both
 * change the worker's precache list) has been installed and waits. Pages are
 * fetched network first, so a page loaded online is already the new version:
 * a worker found waiting at registration is taken at once, silently, and only
 * one found while the reader is on the page is announced, never swapped under
 * them. The page checks when it comes back into view or back online.
 */
export function watchForUpdates(registration: ServiceWorkerRegistration, announce: (apply: () => void) => void): void {
  const sw = navigator.serviceWorker;
  const take = (worker: ServiceWorker) => worker.postMessage({ type: 'SKIP_WAITING' });
  // Found by the browser while it loaded this page (which came from the network): taken silently.
  const found = registration.installing;
  if (registration.waiting && sw.controller) take(registration.waiting);
  else if (found && sw.controller) {
    found.addEventListener('statechange', () => {
      if (found.state === 'installed') take(found);
    });
  }

  const apply = (waiting: ServiceWorker) => () => {
    sw.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    take(waiting);
  };
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    // A first install (no worker controls the page yet) is not an update.
    if (!installing || installing === found || !sw.controller) return;
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && registration.waiting === installing) announce(apply(installing));
    });
  });

  const check = () => void registration.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  window.addEventListener('online', check);
}
