/**
 * Messages that arrive before the explorer starts. The page's entry (boot.ts)
 * waits for the first paint before it runs the explorer, and in the embed the
 * article's embed.js says hello when the iframe loads, which can be before
 * that: without this, the frame would never learn the article is there (no
 * height, no hash). The entry starts the buffer; the embed's host link reads
 * it once and listens by itself from then on. The messages are kept as they
 * came, so the host link checks their source and origin like any other.
 */
let buffered: MessageEvent[] | null = null;
const keep = (event: MessageEvent) => buffered?.push(event);

export function bufferEarlyMessages(): void {
  if (buffered) return;
  buffered = [];
  window.addEventListener('message', keep);
}

/** The messages so far, once; the buffer stops. */
export function takeEarlyMessages(): MessageEvent[] {
  window.removeEventListener('message', keep);
  const messages = buffered ?? [];
  buffered = null;
  return messages;
}
