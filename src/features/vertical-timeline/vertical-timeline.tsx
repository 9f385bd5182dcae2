import { useCallback, useMemo, useRef, useState } from 'react';
import type { TimelineModel } from '../../domain/load-dataset';
import { useI18n } from '../../i18n/use-i18n';
import { queryTerms } from '../../lib/text-match';
import { useAppStore } from '../../store/app-store';
import { selectShownFullEvents } from '../../store/visible-events';
import { FlowList } from './flow-list';
import { flowLocator, layoutRows, virtualLocator } from './locators';
import { buildSections, flattenSections } from './sections';
import { useTuckedHeader } from './use-tucked-header';
import { useWindowSync } from './use-window-sync';
import { VirtualList } from './virtual-list';
import './vertical-timeline.css';

/** Above this many events the list is windowed; below it, drawn whole with sticky headers. */
const VIRTUAL_FROM = 300;

/**
 * The timeline for narrow screens: time runs down the page. Same store as the
 * desktop timeline: the filtered events, the selection (a tap selects, and
 * the event panel opens as a sheet) and the visible window (the period
 * scrolled into view), so the URL and the overview strip stay in step.
 */
export function VerticalTimeline({ model }: { model: TimelineModel }) {
  const i18n = useI18n();
  const events = useAppStore(selectShownFullEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const query = useAppStore((s) => s.filters.query);
  const select = useAppStore((s) => s.select);
  const terms = useMemo(() => queryTerms(query), [query]);
  const tagIds = useMemo(() => model.tags.map((t) => t.id), [model]);
  const sections = useMemo(() => buildSections(events), [events]);
  const virtual = events.length > VIRTUAL_FROM;
  const layout = useMemo(() => (virtual ? layoutRows(flattenSections(sections)) : null), [virtual, sections]);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 900 });
  // A new locator per list drawn (`sections` changes with the filters), so the sync re-reads positions and re-applies the window.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `sections` is the trigger, not an input
  const locator = useMemo(() => (layout ? virtualLocator(layout) : flowLocator(scroller)), [layout, scroller, sections]);
  const onScrollSync = useWindowSync(scrollerRef, events, locator);
  useTuckedHeader(scrollerRef);
  const bindScroller = useCallback((element: HTMLDivElement | null) => {
    scrollerRef.current = element;
    setScroller(element);
  }, []);

  const card = { model, tagIds, terms, selectedId, onSelect: select };
  return (
    <section className="vertical-timeline" aria-labelledby="vertical-timeline-heading">
      <h2 id="vertical-timeline-heading" className="visually-hidden">
        {i18n._('Timeline')}
      </h2>
      <div
        ref={bindScroller}
        className="v-scroller"
        onScroll={(e) => {
          if (virtual) setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight });
          onScrollSync();
        }}
      >
        {events.length === 0 ? (
          <p className="v-empty">{i18n._('No event matches these filters.')}</p>
        ) : layout ? (
          <VirtualList layout={layout} viewport={viewport} {...card} />
        ) : (
          <FlowList sections={sections} {...card} />
        )}
      </div>
    </section>
  );
}
