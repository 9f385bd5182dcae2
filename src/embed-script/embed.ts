/**
 * embed.js, for the article that embeds the timeline: the host page's side of
 * the protocol in src/lib/embed-protocol.ts. Included once after the iframe(s):
 *
 *   <iframe src="https://site/embed/?…" …></iframe>
 *   <script src="https://site/embed.js" async></script>
 *
 * - every iframe of this site's `/embed/` takes the height of its content;
 * - the article's address `…#event=<id>` opens that event in the frame (on
 *   arrival, then on every hash change) and scrolls the frame into view;
 * - an event the reader opens in the frame becomes the article's `#event=<id>`
 *   (replaceState: no history entry, no scroll), so the address can be shared.
 *
 * It talks only to frames on its own origin (the one it was loaded from), with
 * that origin as targetOrigin, and reads only their messages. Built on its own
 * as a classic script with no dependencies (build/embed-script.config.ts).
 */
import { envelope, eventFromHash, hashFor, readFrameMessage, type HostMessage } from '../lib/embed-protocol';

const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) connect(new URL(script.src));

function connect(self: URL): void {
  const origin = self.origin;
  const framePath = new URL('embed/', self).pathname;
  // One copy per site, however many snippets the article pasted.
  const registry = window as unknown as Record<symbol, boolean>;
  const key = Symbol.for(`timeline-embed ${origin}${framePath}`);
  if (registry[key]) return;
  registry[key] = true;

  const frames = new Set<HTMLIFrameElement>();
  const hashId = () => eventFromHash(location.hash);

  const isEmbed = (frame: HTMLIFrameElement) => {
    try {
      const url = new URL(frame.src);
      return url.origin === origin && (url.pathname === framePath || url.pathname === `${framePath}index.html`);
    } catch {
      return false;
    }
  };
  const send = (frame: HTMLIFrameElement, message: HostMessage) => frame.contentWindow?.postMessage(envelope(message), origin);
  const hello = (frame: HTMLIFrameElement) => send(frame, { type: 'hello', id: hashId() });
  /**
   * Whether the frame already shows its page. Until then it holds an empty
   * document of this page's origin, and a message for the embed's origin would
   * be refused with a console error; its load event says hello instead.
   */
  const hasLoaded = (frame: HTMLIFrameElement) => {
    const doc = frame.contentDocument;
    return !doc || (doc.URL !== 'about:blank' && doc.readyState === 'complete');
  };
  const adopt = (frame: HTMLIFrameElement) => {
    if (frames.has(frame) || !isEmbed(frame)) return;
    frames.add(frame);
    frame.addEventListener('load', () => hello(frame));
    if (hasLoaded(frame)) hello(frame);
  };
  const scan = () => document.querySelectorAll('iframe').forEach(adopt);
  /** A link to the article at an event is a link to the timeline: show it, as a browser shows a fragment's target. */
  const reveal = () => {
    const [first] = frames;
    if (hashId()) first?.scrollIntoView({ block: 'start' });
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const frame = [...frames].find((f) => f.contentWindow === event.source);
    const message = frame ? readFrameMessage(event.data) : null;
    if (!frame || !message) return;
    if (message.type === 'height') {
      frame.style.height = `${Math.ceil(message.height)}px`;
      return;
    }
    const current = hashId();
    // Only the article's #event=… is the embed's to change; any other fragment stays until an event is opened.
    if (message.id === current) return;
    const url = new URL(location.href);
    url.hash = message.id ? hashFor(message.id) : '';
    history.replaceState(history.state, '', url.href);
  });

  window.addEventListener('hashchange', () => {
    const id = hashId();
    // A hash that names no event is the article's own anchor; only an empty one closes the event.
    if (id === null && location.hash !== '') return;
    frames.forEach((frame) => send(frame, { type: 'show', id }));
    reveal();
  });

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // Articles that render their body late (a CMS, a single-page app) add the iframe after this script ran.
  new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && (n.localName === 'iframe' || !!n.querySelector('iframe'))))) scan();
  }).observe(document.documentElement, { childList: true, subtree: true });
  if (document.readyState === 'complete') reveal();
  else window.addEventListener('load', reveal);
}
