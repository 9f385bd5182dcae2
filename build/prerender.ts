/**
 * After `vite build`: writes a static page for the home page, for every event
 * and for the embed, their preview images, sitemap.xml, robots.txt, 404.html
 * the Atom and JSON feeds of changes, the subscribed calendar, the headers file and the timeline index
 * (data/timeline.index.json), from the same dataset and components as the app.
 *
 *   tsx build/prerender.ts [--data public/data/timeline.json] [--out dist]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadDataset } from '../src/domain/load-dataset';
import { indexUrlOf } from '../src/domain/timeline-index/index-format';
import { writeTimelineIndex } from '../src/domain/timeline-index/write-index';
import { subscribedCalendar } from './feeds/calendar';
import { preloadFirstFetch } from './html/first-fetch';
import { FEED_FILES } from './feeds/feed-files';
import { writeFeeds } from './feeds/feeds';
import { formatHeadersFile, headerRules } from './headers';
import { renderPreviewImage } from './images/preview-image';
import { planSite } from './site/pages';
import { speakSiteLanguage } from './site/site-language';
import { robotsTxt, sitemapXml } from './site/site-files';
import { PLACEHOLDER_WARNING, readEmbedAncestors, readSiteConfig } from './site-config';

/** Beside the data file, where the app looks for it. */
const INDEX_FILE = indexUrlOf('data/timeline.json');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback);
}

async function main(): Promise<void> {
  const dataFile = option('--data', 'public/data/timeline.json');
  const out = option('--out', 'dist');
  const site = readSiteConfig();
  const embedAncestors = readEmbedAncestors();
  if (site.placeholder) console.warn(`\n⚠ ${PLACEHOLDER_WARNING}\n`);

  const dataBytes = readFileSync(dataFile);
  const result = loadDataset(JSON.parse(dataBytes.toString('utf8')));
  for (const problem of result.warnings) {
    if (problem.skipsEvent) console.warn(`✗ no page for ${problem.where}: ${problem.message}`);
  }
  if (!result.ok) {
    for (const problem of result.errors) console.error(`✗ ${problem.where}: ${problem.message}`);
    throw new Error(`the dataset ${dataFile} cannot be loaded, so no page was written`);
  }

  // Every page, card and feed is written in the dataset's language (issue 22): its catalog first.
  const language = await speakSiteLanguage(result.model.lang);
  const template = preloadFirstFetch(readFileSync(join(out, 'index.html'), 'utf8'), site.base, dataBytes.length);
  const plan = planSite(result.model, template, site);
  plan.refused.forEach((reason) => console.warn(`✗ ${reason}`));
  const write = (file: string, content: string | Buffer) => {
    const path = join(out, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  };
  plan.pages.forEach(({ file, html }) => write(file, html));
  // A script no card font has (Chinese, Devanagari, …) would leave gaps in the cards: said once, with the letters, not silently.
  const missing = new Map<string, Set<string>>();
  const onMissingLetters = (languages: string, letters: string) => {
    const seen = missing.get(languages) ?? new Set<string>();
    for (const letter of letters) seen.add(letter);
    missing.set(languages, seen);
  };
  for (const { file, card } of plan.images) write(file, await renderPreviewImage(card, { onMissingLetters }));
  for (const [languages, letters] of missing) {
    console.warn(`⚠ the preview cards have no font for ${[...letters].slice(0, 12).join('')}${letters.size > 12 ? '…' : ''} (${languages.replace(/\|/g, ', ')}): those letters are missing from the cards; build/images/card-typography.ts lists the fonts`);
  }
  const feeds = writeFeeds(result.model, site);
  write(FEED_FILES.atom, feeds.atom);
  write(FEED_FILES.json, feeds.json);
  write(FEED_FILES.calendar, subscribedCalendar(result.model, site));
  // The first view's index of the data file (src/domain/timeline-index), from the model just checked.
  const stamp = { bytes: dataBytes.length, sha256: createHash('sha256').update(dataBytes).digest('hex') };
  write(INDEX_FILE, JSON.stringify(writeTimelineIndex(result.model, stamp)));
  write('sitemap.xml', sitemapXml(plan.urls));
  write('robots.txt', robotsTxt(site.siteUrl));
  write('_headers', formatHeadersFile(headerRules(site.base, embedAncestors)));
  console.log(`prerendered ${plan.pages.length} pages and ${plan.images.length} preview images for ${site.siteUrl}, in ${language.tag} (interface: ${language.locale})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
