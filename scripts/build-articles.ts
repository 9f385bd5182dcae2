// Regenerates the `articles` array of public/data/timeline.json from the seed
// texts in data/seeds/ and their publication facts in data/seeds/sources.json.
// Everything else in timeline.json is kept as it is.
//
// Usage (from the repository root): npx tsx scripts/build-articles.ts
// All paths are relative to the repository root.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { separateFurniture } from './article-furniture';
import type { Article } from '../src/domain/schema';

interface SeedFacts {
  file: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  publishedPrecision?: string;
  byline?: string[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS_DIR = join(ROOT, 'data', 'seeds');
const SOURCES = join(SEEDS_DIR, 'sources.json');
const TIMELINE = join(ROOT, 'public', 'data', 'timeline.json');

// "nbc-2016-10-18-us-urged-ecuador.txt" -> "nbc-2016"
function articleIdFromFile(file: string): string {
  const m = /^([a-z0-9]+)-(\d{4})-/.exec(file);
  if (!m) throw new Error(`Cannot derive an article id from file name "${file}"`);
  return `${m[1]}-${m[2]}`;
}

// Every line that is not empty or whitespace-only, in order, exactly as in the file.
function linesOf(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

if (!existsSync(TIMELINE)) {
  console.error('public/data/timeline.json not found; create it first (this script only rewrites its "articles").');
  process.exit(1);
}

const sources = JSON.parse(readFileSync(SOURCES, 'utf8')) as { articles: SeedFacts[] };
const timeline = JSON.parse(readFileSync(TIMELINE, 'utf8')) as { articles?: Article[] };

// Keep an article's existing id if the file is already known to timeline.json.
const existingIds = new Map((Array.isArray(timeline.articles) ? timeline.articles : []).map((a) => [a.file, a.id]));

const articles = sources.articles.map((src): Article => {
  const text = readFileSync(join(SEEDS_DIR, src.file), 'utf8');
  const article: Article = {
    id: existingIds.get(src.file) ?? articleIdFromFile(src.file),
    file: src.file,
    title: src.title,
    outlet: src.outlet,
    url: src.url,
    published: src.published,
  };
  if (typeof src.publishedPrecision === 'string' && /approximate/i.test(src.publishedPrecision)) {
    article.publishedNote = src.publishedPrecision;
  }
  if (Array.isArray(src.byline) && src.byline.length > 0) {
    article.byline = [...src.byline];
  }
  // The article without the page around it (article-furniture.ts says what is dropped and why).
  const { paragraphs, captions, dropped } = separateFurniture(linesOf(text), article);
  article.paragraphs = paragraphs;
  if (captions.length > 0) article.captions = captions;
  for (const { line, rule } of dropped) console.log(`  ${article.id}: dropped (${rule}) ${JSON.stringify(line.slice(0, 70))}`);
  return article;
});

const ids = articles.map((a) => a.id);
if (new Set(ids).size !== ids.length) {
  throw new Error(`Duplicate article ids: ${ids.join(', ')}`);
}

// Assigning to an existing key keeps its position in the object.
timeline.articles = articles;
writeFileSync(TIMELINE, `${JSON.stringify(timeline, null, 2)}\n`, 'utf8');
console.log(`Wrote ${articles.length} articles (${articles.reduce((n, a) => n + (a.paragraphs?.length ?? 0), 0)} paragraphs) to public/data/timeline.json`);
