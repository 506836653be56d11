import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * The flows run against the built app started the way README says (the server serves apps/web/dist), on a fresh
 * embedded database in a temporary folder, in Debian's Chromium — never a downloaded browser.
 */
const port = Number(process.env.E2E_PORT ?? 3310);
// One id for the run, inherited by the workers (they re-read this file): names the run's TOTP state file.
process.env.E2E_RUN_ID ??= String(process.pid);
const dataDir = path.join(os.tmpdir(), `quanze-e2e-${process.pid}`);

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry in CI: a flow that passes on retry is reported as flaky (counted in the summary), not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node --import tsx ../apps/server/src/main.ts`,
    cwd: path.dirname(fileURLToPath(import.meta.url)),
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { PORT: String(port), QUANZE_DATA_DIR: dataDir, QUANZE_DEMO: '1', LOG_LEVEL: 'warn', QUANZE_LOGIN_RATE_PER_MINUTE: '1000' },
    stdout: 'pipe',
  },
});
