// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { actorProfile } from '../../domain/actor-profile';
import { minimalDataset } from '../../domain/__fixtures__/minimal-dataset';
import { loadDataset } from '../../domain/load-dataset';
import { ActorDetails, ROWS_SHOWN } from './actor-details';

afterEach(cleanup);

const loaded = loadDataset(minimalDataset());
if (!loaded.ok) throw new Error('the fixture does not load');
const model = loaded.model;
const base = actorProfile(model, 'ecuador')!;
// An actor in thousands of events, as in a 150,000-event file.
const events = Array.from({ length: 3000 }, (_, i) => ({ ...base.events[i % base.events.length]!, id: `e-${i}` }));
const profile = { ...base, events };
const rows = () => document.querySelectorAll('.actor-events li').length;
const noop = () => undefined;

describe('a long actor page', () => {
  test('in the app, draws a few hundred events and more on request', () => {
    render(<ActorDetails profile={profile} model={model} base="/" heading={<h2>WikiLeaks</h2>} navigate={{ toEvent: noop, toActor: noop, toActorEvents: noop, toHome: noop }} />);
    expect(rows()).toBe(ROWS_SHOWN);
    expect(screen.getByRole('heading', { name: 'Events (3000)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Show more events \(2,700 not shown\)$/ }));
    expect(rows()).toBe(ROWS_SHOWN * 5);
  });

  test('as a static page, lists every event', () => {
    render(<ActorDetails profile={profile} model={model} base="/" heading={<h2>WikiLeaks</h2>} />);
    expect(rows()).toBe(3000);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });
});
