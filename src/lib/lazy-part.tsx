import { Suspense, createElement, lazy, type ComponentType, type ReactNode } from 'react';

/** A component whose code is fetched on first use, or earlier with `preload()`. */
export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  /** Starts fetching the code (once); resolves when it is in. A failed fetch can be tried again. */
  preload: () => Promise<unknown>;
}

/**
 * React.lazy, with two differences that keep the first paint steady:
 * - `preload()` fetches the code ahead of rendering (with the data, or in idle
 *   time), so a click never waits on the network;
 * - once the code is in, the part renders at once: React.lazy gets a thenable
 *   that resolves synchronously, so it never suspends and no fallback flashes
 *   (a plain resolved Promise would still suspend for one render).
 * Until then it renders nothing, inside its own Suspense boundary.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy<ComponentType<P>>(() => {
    const component = loaded;
    if (component) return { then: (resolve: (module: { default: ComponentType<P> }) => void) => resolve({ default: component }) } as Promise<{ default: ComponentType<P> }>;
    return preload().then((c) => ({ default: c }));
  });
  const Part = (props: P) => createElement(Suspense, { fallback: null }, createElement(Lazy as ComponentType<P>, props));
  Part.preload = preload;
  return Part;
}
