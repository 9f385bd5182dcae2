/**
 * After the prerender: writes the icons, the web app manifest and the service
 * worker (issue 24). Last, because the worker precaches files the earlier
 * steps write.
 *
 *   tsx build/offline/write-offline.ts [--data public/data/timeline.json] [--out dist]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readSiteConfig } from '../site-config';
import { renderIcon } from './icons';
import { ICONS, MANIFEST_FILE, webManifest } from './manifest';
import { writeServiceWorker } from './service-worker';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback);
}

async function main(): Promise<void> {
  const out = option('--out', 'dist');
  const data = JSON.parse(readFileSync(option('--data', 'public/data/timeline.json'), 'utf8')) as { title?: unknown; description?: unknown; lang?: unknown };
  const text = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value : fallback);
  const write = (file: string, content: string | Buffer) => {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), content);
  };
  ICONS.forEach((icon) => write(icon.file, renderIcon(icon)));
  write(MANIFEST_FILE, webManifest(text(data.title, 'Timeline'), text(data.description, ''), readSiteConfig().base, text(data.lang, 'en')));
  const { count, size } = await writeServiceWorker(out);
  console.log(`service worker precaches ${count} files, ${Math.round(size / 1024)} KiB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
