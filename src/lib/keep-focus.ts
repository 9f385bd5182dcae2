import { eventFromPath } from './event-path';

/**
 * The explorer replaces the static page the build wrote in one commit. A
 * keyboard reader may already be on it by then (the first Tab lands on "Skip
 * to events" while the app's code is still loading), and the element they were
 * on is removed with the static page, which would drop focus back to the top
 * of the document. So the swap notes which element had focus, by what it
 * means rather than by node, and focuses its counterpart in the explorer.
 */
export function keepFocusAcrossSwap(container: HTMLElement, base: string): () => void {
  let noted: Element | null = null;
  const note = (element: Element | null) => {
    noted = element instanceof HTMLElement && container.contains(element) ? element : null;
  };
  const onFocusIn = (event: FocusEvent) => note(event.target as Element | null);
  // Leaving on purpose (a click outside) forgets it. Removal with the static page
  // fires focusout too, just before the node goes: told apart once it is gone.
  const onFocusOut = (event: FocusEvent) => {
    const left = event.target as Element;
    queueMicrotask(() => {
      if (left.isConnected && noted === left) noted = null;
    });
  };
  note(document.activeElement);
  const candidates = () => {
    // An element the explorer has no counterpart for (a link in the static index of stories) hands focus to
    // the nearest enclosing one it has, such as the events' <main>: the reader stays where they were.
    const selectors: string[] = [];
    for (let at = noted; at instanceof HTMLElement && at !== container; at = at.parentElement) {
      const selector = counterpartSelector(at, base);
      if (selector) selectors.push(selector);
    }
    return selectors;
  };
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return () => {
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
    // Only while focus is lost: a reader who has moved on is not pulled back.
    if (document.activeElement && document.activeElement !== document.body) return;
    // The removed static page keeps its own tree, so the element's ancestors can still be read.
    for (const selector of candidates()) {
      container.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
      if (document.activeElement !== document.body) return;
    }
  };
}

/** A selector for the explorer's element that stands for `element` of the static page. */
export function counterpartSelector(element: HTMLElement, base: string): string | null {
  if (element.classList.contains('skip-link')) return '.skip-link';
  if (element.id) return `#${CSS.escape(element.id)}`;
  // A static event link (`<base>events/<id>/`) is that event's row or item in the explorer.
  const href = element.getAttribute('href');
  if (element instanceof HTMLAnchorElement && href) {
    const target = eventFromPath(new URL(href, document.baseURI).pathname, base);
    if (target.kind === 'event') return `[data-event-id="${CSS.escape(target.id)}"]`;
    return `a[href="${CSS.escape(href)}"]`;
  }
  return null;
}
