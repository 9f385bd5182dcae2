import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDataset, type TimelineModel } from '../domain/load-dataset';
import type { AppState } from './app-store';
import { defaultWindow, periodOf, READING_WIDTH, shownWindow, windowLimits } from './default-window';
import { EMPTY_FILTERS, type Filters } from './filters';
import { filterEvents } from './visible-events';
import { showsAll } from './window-math';

const bundled = JSON.parse(readFileSync(new URL('../../public/data/timeline.json', import.meta.url), 'utf8'));
const loaded = loadDataset(bundled);
if (!loaded.ok) throw new Error('the bundled dataset does not load');
const model: TimelineModel = loaded.model;

const state = (patch: Partial<Pick<AppState, 'filters' | 'selectedId' | 'actorPage'>> & { filters?: Filters } = {}) => ({
  model,
  filters: EMPTY_FILTERS,
  selectedId: null,
  actorPage: null,
  ...patch,
});

describe('defaultWindow', () => {
  test('without filters or a selection, the whole span', () => {
    const limits = windowLimits(model);
    expect(defaultWindow(state())).toEqual({ start: limits.min, end: limits.max });
  });

  test('an actor’s page has no timeline, so no window', () => {
    expect(defaultWindow(state({ actorPage: model.actors[0]!.id }))).toBeNull();
  });

  test('a selected event is centred at a readable zoom, inside the limits', () => {
    const event = model.events.find((e) => e.when.end - e.when.start < READING_WIDTH && e.when.start > model.span.start + READING_WIDTH)!;
    const window = defaultWindow(state({ selectedId: event.id }))!;
    expect(window.end - window.start).toBeCloseTo(READING_WIDTH);
    expect((window.start + window.end) / 2).toBeCloseTo((event.when.start + event.when.end) / 2);
  });

  test('filters: every event they show, and not much more', () => {
    const filters = { ...EMPTY_FILTERS, actors: ['donald-trump-jr'] };
    const shown = filterEvents(model, filters);
    expect(shown.length).toBeGreaterThan(1);
    const period = periodOf(shown)!;
    const window = shownWindow({ model, filters })!;
    expect(showsAll(window, period)).toBe(true);
    expect(window.end - window.start).toBeLessThan((period.end - period.start) * 2);
  });

  test('filters that show nothing leave the whole span', () => {
    const limits = windowLimits(model);
    expect(shownWindow({ model, filters: { ...EMPTY_FILTERS, query: 'zzzz-no-such-word' } })).toEqual({ start: limits.min, end: limits.max });
  });
});
