import { useEffect, useRef } from 'react';
import type { MomentInput } from 'moment';
import { DataSet, Timeline, moment } from './vis';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineModel } from '../../domain/load-dataset';
import { useAppStore, type Layout } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { prefersReducedMotion } from '../../lib/motion';
import { MAX_ITEMS, planItems } from './plan-items';
import { revealInFrame } from './reveal-in-frame';
import { createRovingFocus } from './roving-focus';
import { clusterItem, eventIdOfItem, groupIdOf, isClusterId, itemsForEvent, renderClusterContent, renderItemContent, type TimelineItem } from './timeline-items';
import { fullWindow, spanLimits, type TimelineHandle } from './timeline-handle';

/**
 * The one owner of vis-timeline. One effect creates the widget and destroys it
 * in its cleanup; every later change (filters, layout, selection, window)
 * reaches it incrementally through store subscriptions, never by re-creating it.
 */

const DAY = 86_400_000;
const span = (item: TimelineItem) => (item.end ?? item.start) - item.start;
/** About two years: wide enough for context, narrow enough to read the labels. */
const DEEP_LINK_WIDTH = 2 * 365 * DAY;

interface Props {
  model: TimelineModel;
  onReady: (handle: TimelineHandle | null) => void;
}

export function TimelineView({ model, onReady }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const store = useAppStore;
    const tagIds = model.tags.map((t) => t.id);
    const limits = spanLimits(model);
    const items = new DataSet<TimelineItem, 'id'>();
    const groups = new DataSet<{ id: string; content: HTMLElement; order: number }, 'id'>();
    const animation = () => (prefersReducedMotion() ? false : { duration: 300, easingFunction: 'easeInOutQuad' as const });

    const timeline = new Timeline(container, items, {
      // Times are UTC milliseconds throughout, so the axis is drawn in UTC too.
      moment: (date: MomentInput) => moment(date).utc(),
      min: limits.min,
      max: limits.max,
      zoomMin: DAY,
      zoomMax: limits.max - limits.min,
      start: limits.start,
      end: limits.end,
      height: '100%',
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      verticalScroll: true,
      // Precise, short events stack on top; long periods sink below them.
      order: (a: TimelineItem, b: TimelineItem) => span(a) - span(b) || a.start - b.start,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      showTooltips: false,
      margin: { item: { horizontal: 4, vertical: 4 } },
      xss: { disabled: false },
      template: (item: TimelineItem) => {
        if (isClusterId(item.id)) return renderClusterContent(item);
        const element = renderItemContent(item);
        const event = model.eventById.get(item.eventId);
        element.dataset.eventId = item.eventId;
        element.dataset.start = String(item.start);
        element.setAttribute('role', 'button');
        // One item holds the Tab stop; see roving-focus.ts.
        element.tabIndex = -1;
        element.setAttribute('aria-label', `${item.label}, ${item.dateLabel}`);
        if (event?.disputes?.length) {
          const flag = document.createElement('span');
          flag.className = 'tl-item-flag';
          flag.textContent = 'disputed';
          element.append(flag);
        }
        return element;
      },
    } as never);

    // The widget starts without lanes; syncLayout below adds them when the store asks for them.
    let layout: Layout = 'single';
    let revealTimer: ReturnType<typeof setTimeout> | undefined;
    let shown = new Set<string>();

    const syncGroups = () => {
      const state = store.getState();
      if (state.layout !== 'actors') return;
      const used = new Set(selectVisibleEvents(state).flatMap((e) => e.actors));
      const wanted = model.actors.filter((a) => used.has(a.id));
      const keep = new Set(wanted.map((a) => groupIdOf(a.id)));
      groups.remove(groups.getIds().filter((id: string | number) => !keep.has(String(id))));
      groups.update(
        wanted.map((actor, order) => {
          const content = document.createElement('span');
          content.textContent = actor.name;
          return { id: groupIdOf(actor.id), content, order };
        }),
      );
    };

    /** Diffs what should be drawn against what is, and sends vis-timeline only the difference. */
    const syncItems = () => {
      const state = store.getState();
      const range = timeline.getWindow();
      const plan = planItems(selectVisibleEvents(state), { start: range.start.getTime(), end: range.end.getTime() }, state.layout === 'actors');
      const next = new Map<string, TimelineItem>();
      if (plan.kind !== 'clusters') {
        for (const event of plan.events) for (const item of itemsForEvent(event, model, state.layout, tagIds)) next.set(item.id, item);
      }
      if (plan.kind !== 'events') {
        for (const cluster of plan.clusters) next.set(cluster.id, clusterItem(cluster));
      }
      const removed = [...shown].filter((id) => !next.has(id));
      const added = [...next.values()].filter((item) => !shown.has(item.id));
      if (removed.length) items.remove(removed);
      if (added.length) items.add(added);
      shown = new Set(next.keys());
      syncSelection();
    };

    const syncLayout = () => {
      const next = store.getState().layout;
      if (next === layout) return;
      layout = next;
      items.clear();
      shown = new Set();
      if (next === 'actors') {
        syncGroups();
        timeline.setGroups(groups);
      } else {
        timeline.setGroups(null as never);
        groups.clear();
      }
      syncItems();
    };

    const selectedElement = () => {
      const id = store.getState().selectedId;
      return id ? container.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) : null;
    };

    const syncSelection = () => {
      const id = store.getState().selectedId;
      const selected = id ? [...shown].filter((itemId) => eventIdOfItem(itemId) === id) : [];
      timeline.setSelection(selected);
      // Tab back into the timeline lands on the event that is open.
      const first = markSelection();
      if (first) roving.setStop(first);
    };

    /**
     * The selected event's drawn items say so. Run after every redraw too:
     * vis-timeline redraws an item that was selected off screen once it comes
     * into view, with fresh content from the template.
     */
    const markSelection = (): HTMLElement | undefined => {
      const id = store.getState().selectedId;
      container.querySelectorAll('[data-event-id][aria-pressed]').forEach((el) => {
        if ((el as HTMLElement).dataset.eventId !== id) el.removeAttribute('aria-pressed');
      });
      const drawn = id ? container.querySelectorAll<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) : [];
      drawn.forEach((el) => el.setAttribute('aria-pressed', 'true'));
      return drawn[0];
    };

    const roving = createRovingFocus(container, {
      preferred: selectedElement,
      onMove: (item) => {
        const time = Number(item.dataset.start);
        const range = timeline.getWindow();
        if (time < range.start.getTime() || time > range.end.getTime()) timeline.moveTo(time, { animation: animation() });
      },
    });
    timeline.on('changed', () => {
      markSelection();
      roving.sync();
    });

    /**
     * Brings the selected event into view. A deep link centres it at a readable
     * zoom; a story's step does too, moving there in an animation (unless the
     * reader asks for less motion); other selections move the view only when
     * the event is off screen.
     */
    const followSelection = (id: string | null, how: 'centre' | 'story' | 'reveal') => {
      const event = id ? model.eventById.get(id) : undefined;
      if (!event) return;
      const range = timeline.getWindow();
      const start = range.start.getTime();
      const end = range.end.getTime();
      const length = event.when.end - event.when.start;
      const middle = event.when.start + length / 2;
      if (how !== 'reveal') {
        const width = Math.max(Math.min(end - start, DEEP_LINK_WIDTH), length * 1.2);
        const drawn = how === 'story' ? [...shown].find((itemId) => eventIdOfItem(itemId) === event.id) : undefined;
        if (!drawn) {
          timeline.setWindow(middle - width / 2, middle + width / 2, { animation: false });
          return;
        }
        // A story step: at a readable zoom, then glide there, down the stack of items too if it is below the fold.
        if (end - start > width * 1.05) timeline.setWindow(middle - width / 2, middle + width / 2, { animation: false });
        timeline.focus(drawn, { zoom: false, animation: animation() });
        // The frame may reach below the window: once it has moved, scroll its stack (not the page) to show the step.
        clearTimeout(revealTimer);
        revealTimer = setTimeout(() => revealInFrame(timeline, container, selectedElement()), animation() ? 350 : 0);
        return;
      }
      if (event.when.start >= start && event.when.end <= end) return;
      if (length > (end - start) * 0.9) {
        const pad = length * 0.1;
        timeline.setWindow(event.when.start - pad, event.when.end + pad, { animation: animation() });
      } else {
        timeline.moveTo(middle, { animation: animation() });
      }
    };

    const applyStoreWindow = () => {
      const wanted = store.getState().window;
      if (!wanted) return;
      const current = timeline.getWindow();
      const tolerance = (wanted.end - wanted.start) * 0.001;
      if (Math.abs(current.start.getTime() - wanted.start) < tolerance && Math.abs(current.end.getTime() - wanted.end) < tolerance) return;
      timeline.setWindow(wanted.start, wanted.end, { animation: false });
    };

    /** A count opens on zoom: show its period, where its events can be drawn one by one. */
    const openCluster = (id: string) => {
      const cluster = items.get(id);
      if (!cluster) return;
      timeline.setWindow(cluster.start, cluster.end ?? cluster.start, { animation: animation() });
      syncSelection();
    };

    timeline.on('select', (props: { items: (string | number)[]; event?: Event }) => {
      const first = props.items[0];
      if (first === undefined) return;
      if (isClusterId(String(first))) openCluster(String(first));
      else store.getState().select(eventIdOfItem(String(first)));
    });
    // vis-timeline shows itself on its first redraw after its first 'rangechanged' (200 ms after it is
    // created). A quiet page, such as an embed in a still article, may have no redraw after that, so
    // the timeline would stay hidden: ask for one.
    let revealed = false;
    timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (!revealed) {
        revealed = true;
        timeline.redraw();
      }
      // Large datasets draw only what is near the window, so a settled window may need other items.
      if (selectVisibleEvents(store.getState()).length > MAX_ITEMS) syncItems();
      // Only the reader's own panning and zooming is written back: no ping-pong with the store.
      if (!props.byUser) return;
      store.getState().setWindow({ start: props.start.getTime(), end: props.end.getTime() });
    });

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-event-id], [data-cluster-id]') : null;
      if (!target) return;
      event.preventDefault();
      if (target.dataset.eventId) store.getState().select(target.dataset.eventId);
      else if (target.dataset.clusterId) openCluster(target.dataset.clusterId);
    };
    container.addEventListener('keydown', onKeyDown);
    // An event panel opening beside the timeline narrows it: redraw at once, not at vis-timeline's next one-second size check.
    const resize = new ResizeObserver(() => timeline.redraw());
    resize.observe(container);

    syncLayout();
    syncItems();
    const initial = store.getState();
    if (initial.window) applyStoreWindow();
    else if (initial.selectedId) followSelection(initial.selectedId, 'centre');

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.layout !== previous.layout) syncLayout();
      else if (state.filters !== previous.filters) {
        syncGroups();
        syncItems();
      }
      if (state.selectedId !== previous.selectedId || state.story !== previous.story) {
        syncSelection();
        followSelection(state.selectedId, state.story ? 'story' : 'reveal');
      }
      if (state.window !== previous.window) applyStoreWindow();
    });

    const handle: TimelineHandle = {
      zoom: (factor) => {
        const range = timeline.getWindow();
        const start = range.start.getTime();
        const end = range.end.getTime();
        const centre = (start + end) / 2;
        const half = Math.min(Math.max(((end - start) * factor) / 2, DAY / 2), (limits.max - limits.min) / 2);
        timeline.setWindow(centre - half, centre + half, { animation: animation() });
        store.getState().setWindow({ start: centre - half, end: centre + half });
      },
      pan: (fraction) => {
        const range = timeline.getWindow();
        const start = range.start.getTime();
        const end = range.end.getTime();
        // The target, clamped as vis-timeline will clamp it: while animating, getWindow() still reports the old window.
        const shift = Math.min(Math.max((end - start) * fraction, limits.min - start), limits.max - end);
        timeline.setWindow(start + shift, end + shift, { animation: animation() });
        store.getState().setWindow({ start: start + shift, end: end + shift });
      },
      fit: () => {
        const whole = fullWindow(model);
        timeline.setWindow(whole.start, whole.end, { animation: animation() });
        store.getState().setWindow(null);
      },
    };
    onReady(handle);

    return () => {
      clearTimeout(revealTimer);
      onReady(null);
      unsubscribe();
      container.removeEventListener('keydown', onKeyDown);
      resize.disconnect();
      roving.dispose();
      timeline.destroy();
    };
  }, [model, onReady]);

  return <div ref={containerRef} className="timeline-canvas" />;
}
