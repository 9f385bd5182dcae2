import { envelope, readHostMessage, type FrameMessage } from '../../lib/embed-protocol';
import { takeEarlyMessages } from '../../lib/early-messages';
import { useAppStore } from '../../store/app-store';

/**
 * The frame's side of the embed protocol (src/lib/embed-protocol.ts). Inside
 * another site's iframe, and only once that page's embed.js has said hello:
 * tells it the height of the content, so the iframe fits it, and which event
 * the reader opened, so the article's address can name it; and shows the
 * event the article's address names.
 */

export interface HostLink {
  /** The dataset is loaded and the frame's own address applied: an event the host asked for can be shown now. */
  ready: () => void;
  stop: () => void;
}

interface Options {
  /** The element whose height is the frame's content (it must not depend on the frame's own height). */
  content: HTMLElement;
  /** Shows the event the host page's hash names, or closes the event for a hash that names none. */
  onShow: (id: string | null) => void;
}

export function startHostLink({ content, onShow }: Options): HostLink {
  const parent = window.parent;
  if (parent === window) return { ready: () => undefined, stop: () => undefined };

  let hostOrigin: string | null = null;
  let isReady = false;
  /** What the host asked for before the data was in; `undefined` for nothing. */
  let waiting: string | null | undefined;
  let sentHeight = -1;
  let unsubscribe = () => {};

  const post = (message: FrameMessage) => {
    if (hostOrigin) parent.postMessage(envelope(message), hostOrigin);
  };
  const sendHeight = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === sentHeight) return;
    sentHeight = height;
    post({ type: 'height', height });
  };
  const resize = new ResizeObserver(sendHeight);
  /** True while the host's own request is applied: that selection is not news to the host. */
  let applyingHostRequest = false;
  const apply = (id: string | null) => {
    applyingHostRequest = true;
    try {
      onShow(id);
    } finally {
      applyingHostRequest = false;
    }
  };
  const show = (id: string | null) => {
    if (isReady) apply(id);
    else waiting = id;
  };

  const onMessage = (event: MessageEvent) => {
    // Only the page that embeds this frame may talk to it; a popup, another frame or this window may not.
    if (event.source !== parent) return;
    const message = readHostMessage(event.data);
    if (!message) return;
    if (hostOrigin === null) {
      // An opaque origin ("null": a sandboxed or file: page) cannot be answered by name, so it gets no answer.
      if (message.type !== 'hello' || event.origin === 'null') return;
      hostOrigin = event.origin;
      resize.observe(content);
    } else if (event.origin !== hostOrigin) {
      return;
    }
    if (message.type === 'hello') {
      // embed.js says hello again when the iframe (re)loads; answer each time.
      sentHeight = -1;
      sendHeight();
      // An article address without #event=… leaves the view the embed code chose.
      if (message.id !== null) show(message.id);
    } else {
      show(message.id);
    }
  };
  window.addEventListener('message', onMessage);
  // A hello that came while the page was still painting, before this code ran.
  takeEarlyMessages().forEach(onMessage);

  return {
    ready: () => {
      if (isReady) return;
      isReady = true;
      if (waiting !== undefined) apply(waiting);
      waiting = undefined;
      // From here on, the reader's own selections are the article's to know. Not
      // the view the embed code opened with, nor what the article asked for: an
      // echo could arrive after the article's address had moved on, and undo that.
      unsubscribe = useAppStore.subscribe((state, previous) => {
        if (state.selectedId !== previous.selectedId && !applyingHostRequest) post({ type: 'selected', id: state.selectedId });
      });
    },
    stop: () => {
      window.removeEventListener('message', onMessage);
      resize.disconnect();
      unsubscribe();
    },
  };
}
