import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../domain/edtf';
import type { ModelEvent, TimelineModel } from '../../domain/load-dataset';
import { clusterItem, eventIdOfItem, groupIdOf, itemIdOf, itemsForEvent } from './timeline-items';

/** Every name Object.prototype answers to, the ids vis-timeline's plain objects would confuse (issue 21). */
const RESERVED = Object.getOwnPropertyNames(Object.prototype);

function event(id: string, actors: string[]): ModelEvent {
  const when = parseEdtf('2012-06-19');
  if (!when.ok) throw new Error(when.error);
  return { id, title: id, summary: id, date: '2012-06-19', actors, tags: ['t'], sources: [], when: when.value, disputed: false };
}

const modelWith = (actors: string[]) => ({ actorById: new Map(actors.map((id) => [id, { id }])) }) as unknown as TimelineModel;

describe('ids handed to vis-timeline', () => {
  test.each(RESERVED)('an event, actor or lane named %s gets ids no plain object already has', (name) => {
    const items = [...itemsForEvent(event(name, [name]), modelWith([name]), 'single', ['t']), ...itemsForEvent(event(name, [name]), modelWith([name]), 'actors', ['t'])];
    const plain: Record<string, unknown> = {};
    for (const item of items) {
      expect(plain[item.id], item.id).toBeUndefined();
      if (item.group) expect(plain[item.group], item.group).toBeUndefined();
      expect(eventIdOfItem(item.id)).toBe(name);
      expect(item.eventId).toBe(name);
    }
    expect(plain[groupIdOf(name)]).toBeUndefined();
  });

  test('an actor id holding the lane separator does not change which event an item draws', () => {
    const [item] = itemsForEvent(event('raid', ['a@@b']), modelWith(['a@@b']), 'actors', ['t']);
    expect(item).toMatchObject({ id: 'e:raid@@a@@b', group: 'g:a@@b' });
    expect(eventIdOfItem(item!.id)).toBe('raid');
  });

  test('lane ids of different events and actors never collide', () => {
    const ids = new Set<string>();
    for (const e of ['a', 'a-b', 'b']) for (const a of ['a', 'b', 'a-b']) ids.add(itemIdOf(e, a));
    expect(ids.size).toBe(9);
    expect(itemIdOf('constructor')).not.toBe(groupIdOf('constructor'));
  });

  test('a count in an actor lane sits in the same lane as that actor events', () => {
    const item = clusterItem({ id: 'cluster:dense:constructor:3', start: 0, end: 1, count: 4, group: 'constructor' });
    expect(item.group).toBe(groupIdOf('constructor'));
  });
});
