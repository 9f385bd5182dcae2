import { useEffect, useRef } from 'react';
import type { MomentInput } from 'moment';
import { DataSet, Timeline, moment } from './vis';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { HeadModel } from '../../domain/load-dataset';
import { dateLocaleOf } from '../../i18n/locales';
import { readingDirection } from '../../store/reading-direction';
import { axisFormat } from './axis-labels';
import { useAppStore, type Layout } from '../../store/app-store';
import { selectVisibleEvents } from '../../store/visible-events';
import { MAX_ITEMS, planItems } from './plan-items';
import { watchOutOfSight } from './out-of-sight-watch';
import { createRovingFocus } from './roving-focus';
import { createItemElements } from './item-elements';
import { clusterItem, eventIdOfItem, groupIdOf, isClusterId, itemsForEvent, renderItem, timeOf, type TimelineItem } from './timeline-items';
import type { TimelineHandle } from './timeline-handle';
import { createWindowFollow } from './window-follow';
import { createWindowOwner } from './window-owner';
import { setLaneFolding } from './lane-folding';
import { createLaneLabels } from './lane-labels';
import { defaultWindow, hasFilters, windowLimits } from '../../store/default-window';
import { centredOn, clampWindow } from '../../store/window-math';
import './timeline.css';

/**
 * The one owner of vis-timeline. One effect creates the widget and destroys it
 * in its cleanup; every later change (filters, layout, selection, window)
 * reaches it incrementally through store subscriptions, never by re-creating it.
 */

const span = (item: TimelineItem) => (item.end ?? item.start) - item.start;

interface Props {
  model: HeadModel;
  onReady: (handle: TimelineHandle | null) => void;
}

export function TimelineView({ model, onReady }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  // vis-timeline reads `rtl` only when it is created: a change of direction (issue 22) makes a new one.
  const rtl = useAppStore((state) => readingDirection(state) === 'rtl');

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const store = useAppStore;
    const tagIds = model.tags.map((t) => t.id);
    const limits = windowLimits(model);
    const initialState = store.getState();
    // Created on the window it will show, so its first drawing is already the right one.
    const opening = clampWindow(initialState.window ?? defaultWindow(initialState) ?? { start: limits.min, end: limits.max }, limits);
    const items = new DataSet<TimelineItem, 'id'>();
    const groups = new DataSet<{ id: string; content: HTMLElement; order: number }, 'id'>();
    const elements = createItemElements((item) => renderItem(item, model));

    const timeline = new Timeline(container, items, {
      // Times are UTC milliseconds throughout, so the axis is drawn in UTC too.
      moment: (date: MomentInput) => moment(date).utc(),
      format: axisFormat(dateLocaleOf(initialState.locale)),
      min: limits.min,
      max: limits.max,
      zoomMin: limits.zoomMin,
      zoomMax: limits.max - limits.min,
      start: opening.start,
      end: opening.end,
      height: '100%',
      // Time flows the reading way: in Arabic the earliest event is on the right.
      rtl,
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
      template: (item: TimelineItem) => elements.render(item),
    } as never);
    const owner = createWindowOwner(timeline, model, store);
    const internals = timeline as unknown as { itemSet: { groups: Record<string, { stackDirty: boolean }> }; body: { emitter: { emit: (name: string) => void } } | null };
    const itemSet = internals.itemSet;
    // Restacked by flagging the lanes and asking for a plain redraw: `timeline.redraw()` re-orders the
    // lanes, which takes their names out of the page and back, and the focus on a lane's button with them.
    const lanes = createLaneLabels(() => {
      for (const group of Object.values(itemSet.groups)) group.stackDirty = true;
      // No body once the timeline is destroyed: a lane's fold can land after a view switch.
      internals.body?.emitter.emit('_change');
    });
    setLaneFolding(itemSet, lanes.folding);

    // The widget starts without lanes; syncLayout below adds them when the store asks for them.
    let layout: Layout = 'single';
    let shown = new Set<string>();

    const syncGroups = () => {
      const state = store.getState();
      if (state.layout !== 'actors') return;
      const used = new Set(selectVisibleEvents(state).flatMap((e) => e.actors));
      const wanted = model.actors.filter((a) => used.has(a.id));
      const keep = new Set(wanted.map((a) => groupIdOf(a.id)));
      groups.remove(groups.getIds().filter((id: string | number) => !keep.has(String(id))));
      groups.update(
        wanted.map((actor, order) => ({ id: groupIdOf(actor.id), content: lanes.content(groupIdOf(actor.id), actor.name), order })),
      );
    };

    const clearItems = () => {
      items.clear();
      elements.clear();
      shown = new Set();
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
      if (removed.length) {
        items.remove(removed);
        elements.forget(removed);
      }
      if (added.length) items.add(added);
      shown = new Set(next.keys());
      syncSelection();
    };

    const syncLayout = () => {
      const next = store.getState().layout;
      if (next === layout) return;
      layout = next;
      clearItems();
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
        const window = owner.current();
        if (time < window.start || time > window.end) owner.moveTo(centredOn(time, window.end - window.start), true, 'reader');
      },
    });
    timeline.on('changed', () => {
      markSelection();
      roving.sync();
    });

    /** A count opens on zoom: show its period, where its events can be drawn one by one. */
    const openCluster = (id: string) => {
      const cluster = items.get(id);
      if (!cluster) return;
      owner.moveTo({ start: timeOf(cluster.start), end: timeOf(cluster.end ?? cluster.start) }, true, 'reader');
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
    // (The window owner writes every settled window back to the store.)
    timeline.on('rangechanged', () => {
      if (!revealed) {
        revealed = true;
        timeline.redraw();
      }
      // Large datasets draw only what is near the window, so a settled window may need other items.
      if (selectVisibleEvents(store.getState()).length > MAX_ITEMS) syncItems();
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

    const follow = createWindowFollow({
      timeline,
      container,
      model,
      store,
      owner,
      selectedElement,
      isDrawn: (id) => [...shown].some((itemId) => eventIdOfItem(itemId) === id),
    });

    syncLayout();
    syncItems();
    owner.applyStore();
    if (initialState.selectedId) follow.keepSelectionInSightSoon();
    else if (!initialState.window && hasFilters(initialState)) follow.widenForTitlesSoon();

    /** Another interface language: the items' dates, counts and names are drawn afresh in it, as are the lanes' buttons. */
    const relabel = () => {
      timeline.setOptions({ format: axisFormat(dateLocaleOf(store.getState().locale)) } as never);
      clearItems();
      syncItems();
      lanes.relabel();
    };

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.locale !== previous.locale) relabel();
      if (state.layout !== previous.layout) syncLayout();
      else if (state.filters !== previous.filters) {
        syncGroups();
        syncItems();
      }
      const selectionMoved = state.selectedId !== previous.selectedId || state.story !== previous.story;
      if (selectionMoved) syncSelection();
      // One move per change, by what caused it: an address or the overview names a window; a new
      // selection brings its event into view; new filters bring theirs.
      if (state.window !== previous.window) owner.applyStore();
      else if (selectionMoved) follow.followSelection(state.story ? 'story' : 'reveal');
      else if (state.filters !== previous.filters) follow.refitToShown();
    });

    const sight = watchOutOfSight(timeline, container);
    const handle: TimelineHandle = { ...follow.handle, sight };
    onReady(handle);

    return () => {
      follow.dispose();
      owner.dispose();
      onReady(null);
      sight.dispose();
      unsubscribe();
      container.removeEventListener('keydown', onKeyDown);
      resize.disconnect();
      roving.dispose();
      timeline.destroy();
    };
  }, [model, onReady, rtl]);

  return <div ref={containerRef} className="timeline-canvas" />;
}
