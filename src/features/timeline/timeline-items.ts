import type { EventHead, HeadModel } from '../../domain/load-dataset';
import { formatEdtf } from '../../domain/format-date';
import { i18n } from '../../i18n/i18n';
import { tagClass, tagSlot } from '../../lib/tag-colors';
import type { Layout } from '../../store/app-store';
import type { Cluster } from './plan-items';

/**
 * Events as vis-timeline items. Precision decides the shape, so the drawing
 * never claims a day the sources do not give:
 * - a day-precision date is a point;
 * - a month- or year-precision date is a faint bar over the whole month or
 *   year ("somewhere in here");
 * - an interval is a solid bar.
 * In the actor layout an event appears once in each of its actors' lanes.
 */

export interface TimelineItem {
  id: string;
  eventId: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
  group?: string;
  className: string;
  label: string;
  dateLabel: string;
  /** Required by vis-timeline; always empty because `template` draws the content from text nodes. */
  content: '';
}

/*
 * vis-timeline keeps items and groups in plain objects keyed by id, so an id
 * the data chooses ("constructor", say) would find Object.prototype's member
 * there instead of nothing (issue 21). Every id handed to it carries a prefix
 * no property of Object.prototype has: `e:` for an event, `g:` for an actor's
 * lane, `cluster:` for a count.
 */
const EVENT_PREFIX = 'e:';
const GROUP_PREFIX = 'g:';
const LANE_SEPARATOR = '@@';

/** vis-timeline hands the template its own copy of an item, with dates as Date objects: back to UTC milliseconds. */
export const timeOf = (value: number | Date): number => (typeof value === 'number' ? value : value.getTime());

export const groupIdOf = (actorId: string) => `${GROUP_PREFIX}${actorId}`;
export const itemIdOf = (eventId: string, actorId?: string) =>
  actorId === undefined ? `${EVENT_PREFIX}${eventId}` : `${EVENT_PREFIX}${eventId}${LANE_SEPARATOR}${actorId}`;

/** The event an item draws; slugs never hold `@@`, so the first one ends the event's id. */
export function eventIdOfItem(itemId: string): string {
  const body = itemId.startsWith(EVENT_PREFIX) ? itemId.slice(EVENT_PREFIX.length) : itemId;
  const at = body.indexOf(LANE_SEPARATOR);
  return at < 0 ? body : body.slice(0, at);
}

export function itemsForEvent(event: EventHead, model: HeadModel, layout: Layout, tagIds: readonly string[]): TimelineItem[] {
  const { when } = event;
  const shape = when.isRange ? 'is-interval' : when.from.precision === 'day' ? 'is-day' : 'is-vague';
  const classes = [
    'tl-item',
    tagClass(tagSlot(tagIds, event.tags[0])),
    shape,
    when.from.approximate || when.to.approximate ? 'is-approximate' : '',
    when.from.uncertain || when.to.uncertain ? 'is-uncertain' : '',
    event.disputed ? 'is-disputed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const base = {
    eventId: event.id,
    content: '' as const,
    start: when.start,
    className: classes,
    label: event.title,
    dateLabel: formatEdtf(when),
    ...(shape === 'is-day' ? { type: 'point' as const } : { type: 'range' as const, end: when.end + 1 }),
  };
  if (layout === 'single') return [{ ...base, id: itemIdOf(event.id) }];
  return event.actors
    .filter((actor) => model.actorById.has(actor))
    .map((actor) => ({ ...base, id: itemIdOf(event.id, actor), group: groupIdOf(actor) }));
}

/**
 * The item's visible content, built from text nodes only. The title is in the
 * dataset's language, which may read the other way from the interface's
 * (issue 22): it carries that `lang` and finds its own direction.
 */
export function renderItemContent(item: Pick<TimelineItem, 'label' | 'dateLabel'>, lang?: string): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item-content';
  const date = document.createElement('span');
  date.className = 'tl-item-date';
  date.textContent = item.dateLabel;
  const title = document.createElement('span');
  title.className = 'tl-item-title';
  title.textContent = item.label;
  title.dir = 'auto';
  if (lang) title.lang = lang;
  root.append(date, ' ', title);
  return root;
}

/**
 * What vis-timeline draws for an item (its `template`): a cluster's count, or
 * an event's content as a button of the roving focus, named for screen
 * readers with its date, flagged when its sources disagree.
 */
export function renderItem(item: TimelineItem, model: HeadModel): HTMLElement {
  if (isClusterId(item.id)) return renderClusterContent(item);
  const element = renderItemContent(item, model.lang);
  element.dataset.eventId = item.eventId;
  element.dataset.start = String(timeOf(item.start));
  element.setAttribute('role', 'button');
  // One item holds the Tab stop; see roving-focus.ts.
  element.tabIndex = -1;
  element.setAttribute('aria-label', i18n._('{title}, {date}', { title: item.label, date: item.dateLabel }));
  if (model.eventById.get(item.eventId)?.disputed) {
    const flag = document.createElement('span');
    flag.className = 'tl-item-flag';
    flag.textContent = i18n._('disputed');
    element.append(flag);
  }
  return element;
}

export function isClusterId(itemId: string): boolean {
  return itemId.startsWith('cluster:');
}

export function clusterItem(cluster: Cluster): TimelineItem {
  return {
    id: cluster.id,
    eventId: '',
    content: '',
    start: cluster.start,
    end: cluster.end,
    type: 'range',
    ...(cluster.group ? { group: groupIdOf(cluster.group) } : {}),
    className: 'tl-cluster',
    label: cluster.id.startsWith('cluster:ongoing:')
      ? i18n._('{count, plural, one {# longer period under way} other {# longer periods under way}}', { count: cluster.count })
      : i18n._('{count, plural, one {# event} other {# events}}', { count: cluster.count }),
    dateLabel: '',
  };
}

/** A count of events in a period; activating it zooms into the period. */
export function renderClusterContent(item: Pick<TimelineItem, 'id' | 'label'> & { start: number | Date }): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-cluster-content';
  root.textContent = item.label;
  root.dataset.clusterId = item.id;
  root.dataset.start = String(timeOf(item.start));
  root.setAttribute('role', 'button');
  // One item holds the Tab stop; see roving-focus.ts.
  root.tabIndex = -1;
  root.setAttribute('aria-label', i18n._('{label}; zoom in to see them', { label: item.label }));
  return root;
}
