// Which Chromium the tests, the benchmark and the screenshots drive, and how it is started.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Chromium's headless mode (156 here) builds each window's omnibox popups
 * as WebUI pages (chrome://omnibox-popup.top-chrome/), in a renderer of their
 * own for every window, so for every test's browser context: about a second of
 * CPU each, spent beside the test on two cores, and 0.52 s instead of 0.35 s to
 * open a context. No page of ours has an omnibox, so they are turned off.
 */
const UNUSED_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * Chromium reads one --disable-features, the last, and Playwright passes its
 * own (features its network interception and timing rely on), so ours repeats
 * Playwright's list, read from the installed Playwright. Where that list
 * cannot be found (a Playwright that keeps it elsewhere), nothing is added:
 * the tests then run as they would, only slower.
 */
function disabledFeatures(): string[] {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
    const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
    const names = list ? [...list.matchAll(/^\s*"([A-Za-z0-9]+)"/gm)].map((m) => m[1]!) : [];
    return names.length > 5 ? [`--disable-features=${[...names, ...UNUSED_BROWSER_UI].join(',')}`] : [];
  } catch {
    return [];
  }
}

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...disabledFeatures(),
];

/**
 * $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download (undefined: Playwright finds it). Says what to install when there is none.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own; handled below.
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
