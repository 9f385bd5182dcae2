// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchForUpdates } from './update-signal';

/** A worker and a registration as the browser's, reduced to what the page uses. */
class FakeWorker extends EventTarget {
  state = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  becomes(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
  finds(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
  installed(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.becomes('installed');
  }
}

function setController(controller: object | null) {
  const container = Object.assign(new EventTarget(), { controller });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
}

const watch = (registration: FakeRegistration, announce: (apply: () => void) => void) =>
  watchForUpdates(registration as unknown as ServiceWorkerRegistration, announce);

afterEach(() => setController(null));

describe('a new version of the site', () => {
  test('found while the reader is on the page is announced, and taken only when they ask', () => {
    setController({});
    const registration = new FakeRegistration();
    const announce = vi.fn();
    watch(registration, announce);
    const next = new FakeWorker();
    registration.finds(next);
    registration.installed(next);
    expect(announce).toHaveBeenCalledTimes(1);
    expect(next.messages).toEqual([]);
    announce.mock.calls[0]![0]();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
  });

  test('on a first visit is not an update: nothing is announced', () => {
    setController(null);
    const registration = new FakeRegistration();
    const announce = vi.fn();
    watch(registration, announce);
    const first = new FakeWorker();
    registration.finds(first);
    registration.installed(first);
    expect(announce).not.toHaveBeenCalled();
  });

  test('already waiting when the page (fetched from the network) loads is taken silently', () => {
    setController({});
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    registration.waiting = waiting;
    const announce = vi.fn();
    watch(registration, announce);
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(announce).not.toHaveBeenCalled();
  });

  test('is looked for when the connection comes back and when the page is shown again', () => {
    setController({});
    const registration = new FakeRegistration();
    watch(registration, vi.fn());
    window.dispatchEvent(new Event('online'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(registration.update).toHaveBeenCalledTimes(2);
  });
});
