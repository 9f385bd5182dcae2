import { describe, expect, test } from 'vitest';
import { minimalDataset } from './__fixtures__/minimal-dataset';
import { actorProfile, actorProfileSteps, COMPANIONS_SHOWN } from './actor-profile';
import { finishInSlices } from './slices';
import { loadDataset, type TimelineModel } from './load-dataset';

function load(change: (data: ReturnType<typeof minimalDataset>) => void = () => undefined): TimelineModel {
  const data = minimalDataset();
  change(data);
  const result = loadDataset(data);
  if (!result.ok) throw new Error('fixture does not load');
  return result.model;
}

describe('actorProfile', () => {
  test('lists the actor’s events in date order, the side they take in each dispute, and who they appear with', () => {
    const profile = actorProfile(load(), 'ecuador')!;
    expect(profile.actor.name).toBe('Ecuador');
    expect(profile.events.map((e) => e.id)).toEqual(['statement', 'cut-off']);
    expect(profile.positions.map((p) => [p.event.id, p.position.stance, p.position.statement])).toEqual([['cut-off', 'asserts', 'Ecuador says it decided alone.']]);
    expect(profile.companions.map((c) => [c.actor.id, c.count])).toEqual([['wikileaks', 1]]);
  });

  test('an actor named only in a dispute has positions but no events', () => {
    const model = load((d) => {
      d.actors.push({ id: 'kirby', name: 'Kirby', kind: 'person', description: 'A spokesman.' });
      d.events[0]!.disputes![0]!.positions[1]!.actor = 'kirby';
    });
    const profile = actorProfile(model, 'kirby')!;
    expect(profile.events).toEqual([]);
    expect(profile.positions.map((p) => p.position.stance)).toEqual(['denies']);
    expect(profile.companions).toEqual([]);
  });

  test('companions are ranked by shared events, ties by name, and capped', () => {
    const model = load((d) => {
      const names = ['Zed', 'Amy', 'Bob', 'Cat', 'Dan', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy'];
      names.forEach((name) => d.actors.push({ id: name.toLowerCase(), name, kind: 'person', description: `${name}.` }));
      d.events[0]!.actors.push(...names.map((n) => n.toLowerCase()));
      d.events[1]!.actors.push('zed', 'wikileaks', 'wikileaks');
    });
    const profile = actorProfile(model, 'ecuador')!;
    expect(profile.companions).toHaveLength(COMPANIONS_SHOWN);
    // A repeated id in one event counts once.
    expect(profile.companions.slice(0, 4).map((c) => [c.actor.name, c.count])).toEqual([['WikiLeaks', 2], ['Zed', 2], ['Amy', 1], ['Bob', 1]]);
  });

  test('an unknown actor has no profile', () => {
    expect(actorProfile(load(), 'nobody')).toBeNull();
  });
});

describe('actorProfileSteps in slices (issue 21)', () => {
  test('reads the same profile as at once, pausing on the way, and stops when cancelled', async () => {
    const model = load((d) => {
      const [first, second] = d.events;
      // Enough events to pause several times (every 2,000), one actor named twice in an event.
      d.events = Array.from({ length: 3_000 }, (_, i) => ({ ...(i % 2 ? first! : second!), id: `e-${i}`, ...(i === 7 ? { actors: [...first!.actors, ...first!.actors] } : {}) }));
    });
    for (const id of model.actors.map((a) => a.id)) {
      expect(await finishInSlices(actorProfileSteps(model, id), { sliceMs: 0 })).toEqual(actorProfile(model, id));
    }
    const controller = new AbortController();
    controller.abort();
    expect(await finishInSlices(actorProfileSteps(model, 'ecuador'), { sliceMs: 0, signal: controller.signal })).toBeNull();
  });
});
