import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from './load-dataset';
import { separateFurniture } from '../../scripts/article-furniture';
import { datasetJsonSchema } from './schema';

/**
 * The curated dataset shipped in public/data must be clean: no warning at
 * all, every quote verbatim, every article its seed text less the page furniture (scripts/article-furniture.ts).
 */

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const raw = JSON.parse(readFileSync(root('public/data/timeline.json'), 'utf8'));
const result = loadDataset(raw);
if (!result.ok) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
const { model } = result;

describe('the bundled dataset', () => {
  test('loads with no error and no warning', () => {
    expect(result.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([]);
  });

  test('covers 2010 to January 2019 with at least 30 events and 15 actors', () => {
    expect(model.events.length).toBeGreaterThanOrEqual(30);
    expect(model.actors.length).toBeGreaterThanOrEqual(15);
    expect(model.span.text).toBe('2010/2019-01');
    expect(model.events.some((e) => e.when.from.parts[0] === 2010)).toBe(true);
    expect(model.events.some((e) => e.when.to.parts[0] === 2019)).toBe(true);
  });

  test('every event has a source and every quote is checked against its article text', () => {
    // The contract lets opened files skip both (see schema.ts); the curated dataset never does.
    expect(model.events.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
    expect([...model.articles.values()].filter((a) => !a.paragraphs?.length).map((a) => a.id)).toEqual([]);
  });

  test('every actor and every tag appears in at least one event', () => {
    const actors = new Set(model.events.flatMap((e) => e.actors));
    const tags = new Set(model.events.flatMap((e) => e.tags));
    expect(model.actors.filter((a) => !actors.has(a.id)).map((a) => a.id)).toEqual([]);
    expect(model.tags.filter((t) => !tags.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  test('ids are unique across each collection', () => {
    for (const list of [raw.events, raw.actors, raw.articles, raw.tags] as { id: string }[][]) {
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    }
  });

  test('each article is its seed text, line for line, less only the page furniture the rule list names', () => {
    const seeds = readdirSync(root('data/seeds')).filter((f) => f.endsWith('.txt'));
    expect(seeds).toHaveLength(model.articles.size);
    for (const article of model.articles.values()) {
      expect(article.file, article.id).toBeDefined();
      const lines = readFileSync(root(`data/seeds/${article.file}`), 'utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '');
      const { paragraphs, captions, dropped } = separateFurniture(lines, article);
      expect(article.paragraphs, article.id).toEqual(paragraphs);
      expect(article.captions ?? [], article.id).toEqual(captions);
      // Nothing is lost without a rule saying why, and what is kept is the seed's text unchanged.
      expect(paragraphs.length + captions.length + dropped.length, article.id).toBe(lines.length);
      for (const text of [...paragraphs, ...captions.map((c) => c.text)]) expect(lines.map((l) => l.trim()), article.id).toContain(text.trim());
    }
  });

  test('publication facts match sources.json', () => {
    const facts = JSON.parse(readFileSync(root('data/seeds/sources.json'), 'utf8')).articles as {
      file: string;
      url: string;
      published: string;
      outlet: string;
    }[];
    for (const fact of facts) {
      const article = [...model.articles.values()].find((a) => a.file === fact.file);
      expect(article, fact.file).toMatchObject({ url: fact.url, published: fact.published, outlet: fact.outlet });
    }
  });

  test('relative dates say how they were resolved; day-precision needs a source that gives the day', () => {
    const vague = model.events.filter((e) => e.when.from.approximate || e.when.to.approximate || e.when.from.uncertain);
    for (const event of vague) {
      expect(event.sources.some((s) => s.dateBasis), `${event.id} is approximate but no source says why`).toBe(true);
    }
  });

  test('the key events of the story are there with the dates the sources give', () => {
    const dates = Object.fromEntries(model.events.map((e) => [e.id, e.date]));
    expect(dates).toMatchObject({
      'internet-cut-off': '2016-10-16',
      'ecuador-statement': '2016-10-18',
      'election-day-statement': '2016-11-08',
      'direct-messages': '2016-09/2017-07',
      'wikileaks-drone-message': '2016-10-03',
      'intelligence-assessment': '2017-01',
      'atlantic-report': '2017-11-13',
      'mistaken-filing': '2018-11',
      'virginia-investigation-opens': '2010',
    });
  });

  test('contested claims carry both sides', () => {
    const disputed = model.events.filter((e) => e.disputes?.length);
    expect(disputed.map((e) => e.id)).toEqual(expect.arrayContaining(['internet-cut-off']));
    for (const event of disputed) {
      for (const dispute of event.disputes ?? []) {
        const stances = new Set(dispute.positions.map((p) => p.stance));
        expect([...stances].sort(), `${event.id}: ${dispute.question}`).toEqual(['asserts', 'denies']);
      }
    }
  });

  test('at least three stories of 5 to 10 steps, each step a shown event with a note; counts in summaries are true', () => {
    expect(model.stories.length).toBeGreaterThanOrEqual(3);
    const words = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
    for (const story of model.stories) {
      expect(story.steps.length, story.id).toBeGreaterThanOrEqual(5);
      expect(story.steps.length, story.id).toBeLessThanOrEqual(10);
      expect(story.steps.every((step) => model.eventById.has(step.event) && step.note.length > 20), story.id).toBe(true);
      // A summary that announces its number of steps must have that many.
      const announced = /\b(Five|Six|Seven|Eight|Nine|Ten) steps\b/.exec(story.summary)?.[1];
      if (announced) expect(words.indexOf(announced), story.id).toBe(story.steps.length);
    }
    expect(new Set(raw.stories.map((s: { id: string }) => s.id)).size).toBe(raw.stories.length);
  });

  test('the published JSON Schema is generated from the current schema (run `npm run schema`)', () => {
    const published = JSON.parse(readFileSync(root('public/data/timeline.schema.json'), 'utf8'));
    expect(published).toEqual(datasetJsonSchema());
  });
});
