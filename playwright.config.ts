import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium';

const executablePath = chromiumExecutable();
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry in CI only, where a red run lands nothing: a test that passes on its retry is still
  // reported as flaky in the output. The known ones are timing races with the timeline's first redraws
  // (an item focused or clicked while vis-timeline replaces it); locally a failure stays a failure.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace costs a quarter of the suite's time on two cores; CI keeps only the printed
    // output, so it records none there. Locally a failure keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // The site's service worker (issue 24) would answer requests before page.route sees them;
    // only e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    // The built app, as readers get it (npm test builds first).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
