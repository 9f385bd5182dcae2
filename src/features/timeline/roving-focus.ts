import { forwardArrow, isRightToLeft } from '../../lib/direction';

/**
 * One Tab stop for all the items drawn on the timeline (a roving tabindex):
 * Tab reaches the events once rather than once per event (up to 200 at
 * scale), and the arrow keys, Home and End move between them in time order.
 *
 * Items mark themselves with `data-start` (UTC milliseconds) and either
 * `data-event-id` or `data-cluster-id`, and start with tabIndex -1.
 */
export const FOCUSABLE_ITEM = '[data-event-id], [data-cluster-id]';

const keyOf = (element: HTMLElement) => element.dataset.eventId ?? element.dataset.clusterId ?? '';

interface Options {
  /** Who should hold the stop when the current holder is no longer drawn: the selected event, if it is. */
  preferred: () => HTMLElement | null;
  /** Called after an arrow key moved focus, to bring that item into view. */
  onMove: (item: HTMLElement) => void;
}

export interface RovingFocus {
  /** After a redraw: keeps the stop where it is if that item is still drawn, else finds it a new holder. */
  sync: () => void;
  setStop: (item: HTMLElement | null) => void;
  dispose: () => void;
}

export function createRovingFocus(container: HTMLElement, { preferred, onMove }: Options): RovingFocus {
  let stop: HTMLElement | null = null;
  // The same event or count may be drawn again as a new element; the stop follows it.
  let stopKey = '';
  // The key of the item that has focus. vis-timeline redraws an item whose selection
  // changes, or when the timeline is resized (the event panel closing), with a new
  // element: focus on the old one would fall to <body>, so it moves to the new one.
  let focusedKey = '';

  const inTimeOrder = () =>
    [...container.querySelectorAll<HTMLElement>(FOCUSABLE_ITEM)].sort((a, b) => Number(a.dataset.start) - Number(b.dataset.start));

  const itemFor = (key: string) =>
    key ? container.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(key)}"], [data-cluster-id="${CSS.escape(key)}"]`) : null;

  const setStop = (item: HTMLElement | null) => {
    if (stop === item) return;
    if (stop) stop.tabIndex = -1;
    stop = item;
    stopKey = item ? keyOf(item) : stopKey;
    if (item) item.tabIndex = 0;
  };

  const sync = () => {
    if (stop?.isConnected) return;
    stop = null;
    const holder = itemFor(stopKey) ?? preferred() ?? inTimeOrder()[0] ?? null;
    setStop(holder);
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && holder && focusedKey && keyOf(holder) === focusedKey) holder.focus({ preventScroll: true });
  };

  const itemOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(FOCUSABLE_ITEM) : null);

  const onFocusIn = (event: FocusEvent) => {
    const item = itemOf(event.target);
    focusedKey = item ? keyOf(item) : '';
    if (item) setStop(item);
  };

  // Leaving on purpose forgets the item; being removed while focused does not (told apart once it is gone).
  const onFocusOut = (event: FocusEvent) => {
    const left = itemOf(event.target);
    queueMicrotask(() => {
      if (left?.isConnected && focusedKey === keyOf(left)) focusedKey = '';
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const current = itemOf(event.target);
    if (!current) return;
    const list = inTimeOrder();
    const at = list.indexOf(current);
    // The arrow that points the way time runs on screen goes later: left, right to left (issue 22).
    const { forward, back } = forwardArrow(isRightToLeft(container));
    const targets: Record<string, number> = { [forward]: at + 1, ArrowDown: at + 1, [back]: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    const index = targets[event.key];
    if (index === undefined) return;
    event.preventDefault();
    const next = list[index];
    if (!next || next === current) return;
    setStop(next);
    next.focus();
    onMove(next);
  };

  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  container.addEventListener('keydown', onKeyDown);
  return {
    sync,
    setStop,
    dispose: () => {
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      container.removeEventListener('keydown', onKeyDown);
    },
  };
}
