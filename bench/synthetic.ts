/**
 * Deterministic synthetic datasets in the dataset contract (src/domain/schema.ts),
 * for the benchmark. The same (events, seed) always gives the same bytes.
 *
 * Shape, chosen to look like a large real timeline rather than a best case:
 * - events spread uniformly over 2000–2024 (span "2000/2024");
 * - 200 actors, picked with a Zipf-like skew (the first actor is in roughly a
 *   quarter of the events, the rarest in a handful), every actor used at least once;
 * - 9 tags; 20 articles of 6–10 paragraphs; every quote is a whole sentence
 *   copied verbatim from its article;
 * - about 65% day, 15% month and 10% year precision, 10% intervals, a few
 *   approximate (~) or uncertain (?) dates, about 2% with a dispute;
 * - 5% of titles contain the word "embassy" (the bench's search query), which
 *   appears nowhere else in the synthetic text.
 * Events are written in generation order (not sorted): the loader sorts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/domain/schema';

export const SEARCH_WORD = 'embassy';
export const ACTOR_COUNT = 200;
export const TAG_COUNT = 9;
export const ARTICLE_COUNT = 20;
const SPAN_START = Date.UTC(2000, 0, 1);
const SPAN_END = Date.UTC(2024, 11, 31);
const DAY = 86_400_000;

/** mulberry32: small, fast, good enough for test data, and the same everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = (
  'court ruling minister agency report request hearing warrant appeal treaty statement officials document ' +
  'cable leak source witness prosecutor judge council committee inquiry vote decision letter meeting ' +
  'interview release archive server network account message election campaign office border visit ' +
  'asylum extradition charge indictment subpoena grand jury evidence testimony record files data ' +
  'government ministry parliament senate congress state federal foreign national public private ' +
  'press reporter editor newspaper broadcast channel website platform publisher journalist lawyer ' +
  'counsel defence security intelligence service military police department bureau cabinet spokesman ' +
  'said announced denied confirmed rejected approved opened closed signed filed issued published ' +
  'reported questioned argued claimed warned promised refused agreed revealed described ordered ' +
  'early late new former senior junior formal informal secret sealed open partial full brief long ' +
  'monday tuesday wednesday thursday friday week month year quarter season morning evening night'
).split(/\s+/);

const SYLLABLES = ['ka', 'lo', 'ren', 'vi', 'tor', 'mal', 'si', 'den', 'ar', 'bel', 'cor', 'du', 'el', 'fan', 'gri', 'hal', 'is', 'jun', 'ker', 'lun'];
const KINDS = ['person', 'organization', 'government', 'agency', 'legislature', 'media'] as const;
const TAG_WORDS = ['Asylum', 'Charges', 'Elections', 'Diplomacy', 'Leaks', 'Statements', 'Congress', 'Courts', 'Media'];

interface Rng {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
}

function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (list) => list[Math.floor(next() * list.length)]! };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(r: Rng, min: number, max: number): string {
  const count = r.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(r.pick(WORDS));
  return out.join(' ');
}

function sentence(r: Rng, min: number, max: number): string {
  return `${capitalise(words(r, min, max))}.`;
}

function name(r: Rng, parts: number): string {
  const out: string[] = [];
  for (let p = 0; p < parts; p++) {
    let word = '';
    const syllables = r.int(2, 3);
    for (let s = 0; s < syllables; s++) word += r.pick(SYLLABLES);
    out.push(capitalise(word));
  }
  return out.join(' ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(time: number): string {
  const d = new Date(time);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoMonth(time: number): string {
  return isoDay(time).slice(0, 7);
}

/** An EDTF date inside 2000/2024 with the precision mix described above. */
function eventDate(r: Rng): string {
  const start = SPAN_START + Math.floor(r.next() * (SPAN_END - SPAN_START));
  const roll = r.next();
  const qualifier = () => {
    const q = r.next();
    return q < 0.03 ? '~' : q < 0.05 ? '?' : '';
  };
  if (roll < 0.65) return `${isoDay(start)}${qualifier()}`;
  if (roll < 0.8) return `${isoMonth(start)}${qualifier()}`;
  if (roll < 0.9) return `${new Date(start).getUTCFullYear()}${qualifier()}`;
  const end = Math.min(SPAN_END, start + r.int(1, 400) * DAY);
  return r.next() < 0.7 ? `${isoDay(start)}/${isoDay(end)}` : `${isoMonth(start)}/${isoMonth(end)}`;
}

/** Zipf-like pick over 0..n-1 (weight 1/(rank+1)), by inverse CDF. */
function zipfPicker(n: number): (u: number) => number {
  const cdf: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cdf.push((total += 1 / (i + 1)));
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function generateDataset(events: number, seed = 20_240_101): Dataset {
  if (!Number.isInteger(events) || events < 1) throw new Error(`events must be a positive integer, not ${events}`);
  const r = rng(seed ^ events);

  const articles: Dataset['articles'] = [];
  /** Every sentence of every article, as [article index, sentence], for quotes. */
  const sentences: [number, string][] = [];
  for (let a = 0; a < ARTICLE_COUNT; a++) {
    const paragraphs: string[] = [];
    const count = r.int(6, 10);
    for (let p = 0; p < count; p++) {
      const parts: string[] = [];
      const n = r.int(3, 6);
      for (let s = 0; s < n; s++) {
        const text = sentence(r, 8, 20);
        parts.push(text);
        sentences.push([a, text]);
      }
      paragraphs.push(parts.join(' '));
    }
    articles.push({
      id: `article-${pad(a + 1)}`,
      title: capitalise(words(r, 5, 10)),
      outlet: `${name(r, 1)} News`,
      url: `https://example.org/bench/article-${pad(a + 1)}`,
      published: isoDay(SPAN_START + Math.floor(r.next() * (SPAN_END - SPAN_START))),
      paragraphs,
    });
  }

  const actors: Dataset['actors'] = [];
  for (let i = 0; i < ACTOR_COUNT; i++) {
    const kind = KINDS[i % KINDS.length]!;
    actors.push({
      id: `actor-${pad(i + 1, 3)}`,
      name: kind === 'person' ? name(r, 2) : `${name(r, 1)} ${capitalise(kind)}`,
      kind,
      description: sentence(r, 6, 14),
    });
  }

  const tags: Dataset['tags'] = TAG_WORDS.slice(0, TAG_COUNT).map((label) => ({
    id: `tag-${label.toLowerCase()}`,
    label,
    description: sentence(r, 5, 10),
  }));

  const zipf = zipfPicker(ACTOR_COUNT);
  const quote = () => {
    const [a, text] = r.pick(sentences);
    return { article: articles[a]!.id, quote: text };
  };

  const list: Dataset['events'] = [];
  for (let i = 0; i < events; i++) {
    const eventActors = new Set<string>();
    // Every actor appears at least once, so the loader has nothing to warn about.
    if (i < ACTOR_COUNT) eventActors.add(actors[i]!.id);
    const extra = r.int(1, 3);
    for (let k = 0; k < extra; k++) eventActors.add(actors[zipf(r.next())]!.id);
    const eventTags = new Set<string>([tags[i < TAG_COUNT ? i : r.int(0, TAG_COUNT - 1)]!.id]);
    if (r.next() < 0.3) eventTags.add(r.pick(tags).id);

    let title = capitalise(words(r, 4, 9));
    if (r.next() < 0.05) title = `${title} ${SEARCH_WORD}`;
    const sources = [quote()];
    if (r.next() < 0.25) sources.push(quote());

    const event: Dataset['events'][number] = {
      id: `ev-${pad(i + 1, 6)}`,
      title,
      summary: `${sentence(r, 10, 22)} ${sentence(r, 6, 14)}`,
      date: eventDate(r),
      actors: [...eventActors],
      tags: [...eventTags],
      sources,
    };
    if (r.next() < 0.02) {
      const [first, second] = [event.actors[0]!, r.pick(actors).id];
      event.disputes = [
        {
          question: `${capitalise(words(r, 4, 8))}?`,
          positions: [
            { stance: 'asserts', actor: first, statement: sentence(r, 6, 12), source: quote() },
            { stance: 'denies', actor: second, statement: sentence(r, 6, 12), source: quote() },
          ],
        },
      ];
    }
    list.push(event);
  }

  return {
    schemaVersion: 1,
    title: `Synthetic benchmark timeline (${events} events)`,
    description: `A deterministic synthetic dataset of ${events} events for the benchmark; not real events.`,
    span: '2000/2024',
    articles,
    tags,
    actors,
    events: list,
  };
}

/** Writes bench/.tmp/data-<n>.json (or into `dir`) and returns its path. */
export function writeSyntheticDataset(events: number, dir: string, seed?: number): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `data-${events}.json`);
  writeFileSync(path, JSON.stringify(generateDataset(events, seed)));
  return path;
}
