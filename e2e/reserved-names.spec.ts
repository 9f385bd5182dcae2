import { minimalDatasetWithStory } from '../src/domain/__fixtures__/minimal-dataset';
import { installGuards } from './fixtures/page-guards';
import { DataIo } from './support/data-io';
import { TOTAL, eventById } from './support/dataset';
import { expect, test } from './support/fixtures';

/**
 * Files whose ids and names are Object.prototype's own property names
 * (issue 21). "constructor" is the one that is also a valid slug, so it is
 * every kind of id at once: event, actor, tag and story; the names are all of
 * them. Once, an event "constructor" blanked the timeline and an actor
 * "constructor" with lanes on took the whole page down.
 */

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];

function reservedDataset() {
  const data = minimalDatasetWithStory();
  data.actors = [
    { id: 'constructor', name: '__proto__', kind: 'government', description: 'An actor named for a prototype key.' },
    { id: 'wikileaks', name: 'hasOwnProperty', kind: 'organization', description: 'Another.' },
  ];
  data.tags = [{ id: 'constructor', label: 'toString', description: 'A tag named for a prototype key.' }];
  const [first, second] = data.events as [(typeof data.events)[0], (typeof data.events)[0]];
  const retag = <T extends { actors: string[]; tags: string[] }>(event: T): T => ({
    ...event,
    actors: event.actors.map((a) => (a === 'ecuador' ? 'constructor' : a)),
    tags: ['constructor'],
  });
  const cutOff = { ...retag(first), id: 'constructor', title: 'constructor' };
  cutOff.disputes = cutOff.disputes!.map((d) => ({ ...d, positions: d.positions.map((p) => ({ ...p, actor: p.actor === 'ecuador' ? 'constructor' : p.actor })) }));
  const more = NAMES.slice(1).map((name, i) => ({
    ...retag(second),
    id: `reserved-${i}`,
    title: name,
    summary: `${name} as a title.`,
    date: `2017-0${(i % 9) + 1}`,
  }));
  data.events = [cutOff, { ...retag(second), id: 'statement' }, ...more] as typeof data.events;
  data.stories = [{ ...data.stories[0]!, id: 'constructor', title: 'valueOf', steps: [{ event: 'constructor', note: 'First.' }, { event: 'statement', note: 'Then.' }] }];
  return data;
}

test('a file whose ids and names are prototype keys: timeline, lanes, list, filter, actor page, story, export and going back all work', async ({ explorer, page }) => {
  const guards = await installGuards(page);
  const io = new DataIo(page);
  const data = reservedDataset();
  const count = data.events.length;
  await explorer.open();
  await io.open({ name: 'reserved.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await expect(explorer.count).toHaveText(`All ${count} events`);
  await explorer.page.getByRole('button', { name: 'Zoom out' }).click();
  for (const event of data.events) await expect(explorer.timelineItem(event.title)).toHaveCount(1);

  // Lanes by actor: one lane per actor, named, with the "constructor" event in it.
  await page.getByRole('checkbox', { name: 'Lanes by actor' }).check();
  await expect(explorer.timeline.locator('.vis-label').filter({ hasText: '__proto__' })).toBeVisible();
  await expect(explorer.timeline.locator('.vis-label').filter({ hasText: 'hasOwnProperty' })).toBeVisible();
  await expect(explorer.timelineItem('constructor')).toHaveCount(2);
  await explorer.timelineItem('constructor').first().click();
  await expect(explorer.panelHeading()).toHaveText('constructor');
  await page.getByRole('checkbox', { name: 'Lanes by actor' }).uncheck();

  // The actor page of "constructor".
  await explorer.panel.getByRole('link', { name: '__proto__' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: '__proto__', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/actors\/constructor\//);
  await page.goBack();
  await expect(explorer.panelHeading()).toHaveText('constructor');

  // The list, and the actor filter.
  await explorer.showList();
  await expect(explorer.listRows()).toHaveCount(count);
  const actors = await explorer.openFilter('Actors');
  await actors.getByRole('checkbox', { name: /^hasOwnProperty/ }).check();
  await page.keyboard.press('Escape');
  await expect(explorer.count).toHaveText(`1 of ${count} events`);
  await page.getByRole('button', { name: 'Clear all filters' }).click();

  // The story "constructor".
  await page.getByRole('button', { name: 'Stories' }).click();
  await page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: /^valueOf/ }).click();
  await expect(explorer.panel.getByRole('group', { name: 'Step through the story' }).getByText(/^\d+ of \d+$/)).toHaveText('1 of 2');
  await expect(explorer.panelHeading()).toHaveText('constructor');
  await explorer.panel.getByRole('button', { name: 'Exit story', exact: true }).click();

  // Export, then back to the bundled timeline, which draws again.
  const { text } = await io.export('JSON');
  expect((JSON.parse(text) as { events: { id: string }[] }).events.map((e) => e.id)).toContain('constructor');
  await io.backButton().click();
  await expect(explorer.count).toHaveText(`All ${TOTAL} events`);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(explorer.timelineItem(eventById('internet-cut-off').title)).toBeVisible();

  expect(guards.pageErrors, 'uncaught errors').toEqual([]);
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
});

test('a CSV whose titles are prototype keys opens, with lanes', async ({ explorer, page }) => {
  const guards = await installGuards(page);
  const io = new DataIo(page);
  const header = 'id,date,title,summary,actors,tags,source_1_url,source_1_outlet,source_1_headline,source_1_published,source_1_quote';
  const rows = NAMES.map((name, i) => `,2016-0${(i % 9) + 1}-01,${name},${name} happened.,${NAMES[(i + 1) % NAMES.length]},${name},https://example.com/a,P,H,2016-10-18,Q`);
  await explorer.open();
  await io.open({ name: 'reserved.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });
  await expect(explorer.count).toHaveText(`All ${NAMES.length} events`);
  await page.getByRole('checkbox', { name: 'Lanes by actor' }).check();
  for (const name of NAMES) await expect(explorer.timeline.locator('.vis-label').filter({ hasText: new RegExp(`^${name.replace(/[$]/g, '\\$&')}$`) })).toHaveCount(1);
  await explorer.showList();
  await expect(explorer.listRows()).toHaveCount(NAMES.length);
  expect(guards.pageErrors, 'uncaught errors').toEqual([]);
});
