// Takes the README's screenshots from the built app: `npm run build && npm run screenshots`.
// `npm run screenshots -- story-mode.png actor-page.png` retakes only those.
// Uses the same Chromium lookup as the end-to-end tests (CHROMIUM_PATH or /usr/bin/chromium).
import { execFileSync, spawn } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { openArticle } from '../e2e/support/article';
import { REFUSED_CSV } from '../e2e/support/data-io';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

// SCREENSHOTS_PORT lets two checkouts take screenshots side by side.
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 4180);
const base = `http://127.0.0.1:${PORT}`;
const executablePath = chromiumExecutable();

interface Shot {
  file: string;
  path: string;
  width?: number;
  height?: number;
  scheme?: 'light' | 'dark';
  action?: string;
  /** False: the page as it reads without JavaScript. */
  js?: boolean;
  /** What shows the page is drawn, when it has no timeline (an actor's page). */
  ready?: string;
  /** The embed inside a host article on another origin, opened with this hash. */
  article?: string;
  /** A last visit on this day, as the browser would remember it ("New since", issue 23). */
  visit?: string;
  /** Preview cards (paths under og/) shown as a chat shows them, 300 px wide, on one sheet. */
  cards?: string[];
  /** The page on paper: printed to PDF, its first sheet drawn by poppler's pdftoppm. */
  paper?: boolean;
}

const all: Shot[] = [
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
  // Issue 12: a story's step, and an actor's page, in the app and without JavaScript.
  { file: 'story-mode.png', path: '/events/internet-cut-off/?story=who-cut-the-connection&step=4', width: 1366, height: 800 },
  { file: 'phone-story.png', path: '/events/ecuador-statement/?story=who-cut-the-connection&step=5', width: 390, height: 844 },
  { file: 'stories-menu.png', path: '/', width: 1366, height: 800, action: 'stories' },
  { file: 'actor-page.png', path: '/actors/julian-assange/', width: 1366, height: 900, ready: '#actor-title' },
  { file: 'phone-actor-page.png', path: '/actors/government-of-ecuador/', width: 390, height: 844, ready: '#actor-title' },
  { file: 'actor-page-no-js.png', path: '/actors/government-of-ecuador/', width: 1366, height: 900, js: false, ready: '#actor-title' },
  { file: 'phone-actor-page-no-js.png', path: '/actors/john-kirby/', width: 390, height: 844, js: false, ready: '#actor-title' },
  // Issue 18: the first view, a filtered view, a story step and each menu open, at 1366 px in both themes.
  { file: 'first-view.png', path: '/', width: 1366, height: 900 },
  { file: 'first-view-dark.png', path: '/', width: 1366, height: 900, scheme: 'dark' },
  { file: 'filtered-view.png', path: '/?actors=donald-trump-jr', width: 1366, height: 900 },
  { file: 'filtered-view-dark.png', path: '/?actors=donald-trump-jr', width: 1366, height: 900, scheme: 'dark' },
  { file: 'story-step-dark.png', path: '/events/podesta-email-releases/?story=who-cut-the-connection&step=2', width: 1366, height: 900, scheme: 'dark' },
  // Issue 20: a refused file's reasons by row, and its warnings apart.
  { file: 'refused-file.png', path: '/', width: 1366, height: 900, action: 'refused-file' },
  // Issue 20: the reader without the saved page's furniture, a quote in a photo caption; lanes' names in a fitted column.
  { file: 'reader-caption.png', path: '/events/balcony-appearance/', width: 1366, height: 900, action: 'reader' },
  { file: 'lanes-all.png', path: '/?lanes=actors', width: 1366, height: 900 },
  // Lanes folded to one row, each saying how many it hides; one opened.
  { file: 'lanes-all-dark.png', path: '/?lanes=actors', width: 1366, height: 900, scheme: 'dark' },
  // The phone's About: the site's description one tap away.
  { file: 'phone-about.png', path: '/', width: 390, height: 844, action: 'about' },
  // Scrolled down the events, the header tucked away: the filter strip and the overview stay.
  { file: 'phone-scrolled.png', path: '/', width: 390, height: 844, action: 'scroll-down' },
  { file: 'lanes-open.png', path: '/?lanes=actors', width: 1366, height: 900, action: 'open-lane' },
  { file: 'menu-export.png', path: '/', width: 1366, height: 900, action: 'menu:Export' },
  { file: 'menu-actors-dark.png', path: '/', width: 1366, height: 900, scheme: 'dark', action: 'menu:Actors' },
  { file: 'menu-tags.png', path: '/', width: 1366, height: 900, action: 'menu:Tags' },
  { file: 'menu-dates-dark.png', path: '/', width: 1366, height: 900, scheme: 'dark', action: 'menu:Dates' },
  { file: 'phone-filtered.png', path: '/?actors=donald-trump-jr', width: 390, height: 844 },
  // Issue 10: the embed in a news article on another site, opened at an event by the article's #event=<id>.
  { file: 'embed-article.png', path: '/embed/', article: '#event=sessions-priority', width: 1366, height: 1000 },
  { file: 'embed-article-phone.png', path: '/embed/', article: '', width: 390, height: 844 },
  // Issue 23: a returning reader's marks and the "New since" filter, and an event's added and revised days.
  { file: 'new-since-list.png', path: '/?view=list', width: 1366, height: 900, visit: '2026-11-25' },
  { file: 'new-since-filtered-dark.png', path: '/?view=list&new=2026-11-25', width: 1366, height: 900, scheme: 'dark', visit: '2026-11-25' },
  { file: 'phone-new-since.png', path: '/?new=2026-11-25', width: 390, height: 844, visit: '2026-11-25', action: 'filter' },
  { file: 'event-added-revised.png', path: '/events/internet-cut-off/', width: 1366, height: 900 },
  { file: 'phone-menu-export.png', path: '/', width: 390, height: 844, action: 'menu:Export' },
  // Issue 20: "Cite this event" open in MLA, a quoted title inside the quoted title; and on a phone.
  { file: 'citation-dialog.png', path: '/events/sessions-priority/', width: 1366, height: 900, action: 'cite' },
  { file: 'phone-citation.png', path: '/events/sessions-priority/', width: 390, height: 844, action: 'cite' },
  // Issue 23: the explorer on paper, filtered to one actor, and an event's page.
  { file: 'printed-filtered.png', path: '/?actors=donald-trump-jr', width: 1366, height: 900, paper: true },
  { file: 'printed-event.png', path: '/events/internet-cut-off/', width: 1366, height: 900, paper: true },
  // Issue 20: preview cards as chat thumbnails: the home card, an actor, the longest and shortest titles, a disputed event.
  {
    file: 'preview-cards-300px.png',
    path: '/',
    width: 660,
    height: 520,
    cards: ['home', 'actors/julian-assange', 'iachr-submission', 'democratic-emails-hacked', 'internet-cut-off', 'actors/democratic-national-committee'],
  },
];

const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const shots = wanted.length ? all.filter((shot) => wanted.includes(shot.file)) : all;
if (wanted.length && shots.length < wanted.length) throw new Error(`no such screenshot: ${wanted.filter((w) => !all.some((s) => s.file === w)).join(', ')}`);

// Vite itself, not through npx: killing npx left the server running.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  for (const shot of shots) {
    const narrow = (shot.width ?? 1280) < 720;
    const page = await browser.newPage({
      viewport: { width: shot.width ?? 1280, height: shot.height ?? 800 },
      colorScheme: shot.scheme ?? 'light',
      javaScriptEnabled: shot.js ?? true,
      ...(narrow ? { hasTouch: true, isMobile: true } : {}),
    });
    if (shot.article !== undefined) {
      const article = await openArticle(page, base, { embed: shot.path, hash: shot.article });
      await article.frame.getByRole('heading', { level: 1 }).waitFor();
      await article.frame.locator('[data-event-id]').first().waitFor({ state: 'visible' });
      await article.fittedHeight();
      // The article around the frame, from its headline.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(500);
      await page.screenshot({ path: `docs/screenshots/${shot.file}` });
      await page.close();
      console.log(`docs/screenshots/${shot.file}`);
      continue;
    }
    if (shot.cards) {
      // A blank page of the thumbnails, each at a chat preview's 300 px.
      await page.setContent('<body style="margin:0;padding:12px;display:flex;flex-wrap:wrap;gap:12px;background:#e9ebee"></body>');
      await page.evaluate(
        ({ base, cards }) => {
          for (const card of cards) {
            const img = document.createElement('img');
            img.src = `${base}/og/${card}.png`;
            img.width = 300;
            img.style.cssText = 'border-radius:8px;box-shadow:0 1px 3px rgb(0 0 0/.3)';
            document.body.append(img);
          }
        },
        { base, cards: shot.cards },
      );
      await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
      await page.screenshot({ path: `docs/screenshots/${shot.file}` });
      await page.close();
      console.log(`docs/screenshots/${shot.file}`);
      continue;
    }
    if (shot.visit) await page.addInitScript((day) => localStorage.setItem('timeline:visits', JSON.stringify({ last: day, previous: null })), shot.visit);
    await page.goto(`${base}${shot.path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // vis-timeline reveals itself after its first full draw; pages without a timeline name what shows they are drawn.
    await page.locator(shot.ready ?? '[data-event-id]').first().waitFor({ state: 'visible' });
    if (shot.ready && shot.js !== false) await page.getByRole('button', { name: 'Stories' }).waitFor();
    await page.waitForTimeout(shot.js === false ? 100 : 700);
    if (shot.action === 'reader') {
      await page.getByRole('button', { name: 'Read the article' }).first().click();
      await page.waitForTimeout(600);
    }
    if (shot.action === 'stories') {
      await page.getByRole('button', { name: 'Stories' }).click();
      await page.waitForTimeout(300);
    }
    if (shot.action?.startsWith('menu:')) {
      await page.getByRole('button', { name: new RegExp(`^${shot.action.slice(5)}`) }).first().click();
      await page.waitForTimeout(400);
    }
    if (shot.action === 'refused-file') {
      await page.getByLabel('Open a file…').setInputFiles({ name: 'three-problems.csv', mimeType: 'text/csv', buffer: Buffer.from(REFUSED_CSV) });
      await page.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor();
      await page.waitForTimeout(300);
    }
    if (shot.action === 'about') {
      await page.getByRole('button', { name: 'About' }).click();
      await page.waitForTimeout(300);
    }
    if (shot.action === 'scroll-down') {
      await page.mouse.move(195, 600);
      for (let i = 0; i < 6; i++) {
        await page.mouse.wheel(0, 100);
        await page.waitForTimeout(120);
      }
      await page.waitForTimeout(400);
    }
    if (shot.action === 'open-lane') {
      await page.getByRole('button', { name: /more events of WikiLeaks$/ }).click();
      await page.waitForTimeout(400);
    }
    if (shot.action === 'cite') {
      const panel = page.getByRole('complementary');
      await panel.getByText('Cite this event', { exact: true }).click();
      await panel.getByRole('radio', { name: 'MLA' }).check();
      // Scrolled as a reader would to see it all: the panel's end at the window's foot.
      await panel.locator('.cite-event').evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await page.waitForTimeout(400);
    }
    if (shot.action === 'filter') {
      await page.getByRole('button', { name: /^Filter/ }).click();
      await page.waitForTimeout(400);
    }
    if (shot.paper) {
      await page.emulateMedia({ media: 'print' });
      await page.getByRole('article', { name: /Assange/ }).waitFor();
      const pdf = `docs/screenshots/${shot.file.replace(/\.png$/, '')}.pdf`;
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
      unlinkSync(pdf);
    } else await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
  await browser.close();
} finally {
  server.kill();
}
