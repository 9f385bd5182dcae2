// Takes the README's screenshots from the built app: `npm run build && npm run screenshots`.
// Uses the same Chromium lookup as the end-to-end tests (CHROMIUM_PATH or /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

// SCREENSHOTS_PORT lets two checkouts take screenshots side by side.
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4180);
const base = `http://127.0.0.1:${PORT}`;
const executablePath = chromiumExecutable();

const shots: { file: string; path: string; width?: number; height?: number; scheme?: 'light' | 'dark'; action?: string }[] = [
  { file: 'timeline.png', path: '/' },
  { file: 'event-disputed.png', path: '/events/internet-cut-off/' },
  { file: 'filtered-list.png', path: '/events/wikileaks-drone-message/?view=list&actors=donald-trump-jr&q=wikileaks', scheme: 'dark' },
  { file: 'article-reader.png', path: '/events/ecuador-statement/', action: 'reader' },
  { file: 'lanes.png', path: '/?lanes=actors&tags=direct-messages,congress' },
  // Issue 11: the phone layout (390×844) in both themes, first screen and with the event sheet open.
  { file: 'phone-first-screen.png', path: '/', width: 390, height: 844 },
  { file: 'phone-first-screen-dark.png', path: '/', width: 390, height: 844, scheme: 'dark' },
  { file: 'phone-sheet.png', path: '/events/internet-cut-off/', width: 390, height: 844 },
  { file: 'phone-sheet-dark.png', path: '/events/internet-cut-off/', width: 390, height: 844, scheme: 'dark' },
  { file: 'phone-filter-sheet.png', path: '/?tags=russia,congress', width: 390, height: 844, action: 'filter' },
  { file: 'overview.png', path: '/?start=2016-06-01T00:00Z&end=2017-12-31T00:00Z', width: 1366, height: 800 },
];

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width ?? 1280, height: shot.height ?? 800 }, colorScheme: shot.scheme ?? 'light' });
    await page.goto(`${base}${shot.path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // vis-timeline reveals itself after its first full draw.
    await page.locator('[data-event-id]').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(500);
    if (shot.action === 'reader') {
      await page.getByRole('button', { name: 'Read the article' }).first().click();
      await page.waitForTimeout(600);
    }
    if (shot.action === 'filter') {
      await page.getByRole('button', { name: /^Filter/ }).click();
      await page.waitForTimeout(400);
    }
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
  await browser.close();
} finally {
  server.kill();
}
