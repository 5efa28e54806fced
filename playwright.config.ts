import { defineConfig, devices } from '@playwright/test';

// Browser tests run the real product (server + built web app) on a fresh embedded database, which the
// server fills with the demo company on first start. Debian's Chromium is used: no browser downloads.
// Port and data folder can be changed so that two runs on one machine do not collide.
const port = Number(process.env.QUDAO_E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const dataDir = process.env.QUDAO_E2E_DATA ?? '.tmp/e2e-data';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.QUDAO_E2E_RESULTS ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two shared cores: one browser at a time keeps the run predictable.
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `rm -rf ${dataDir} && QUDAO_DATA_DIR=${dataDir} PORT=${port} LOG_LEVEL=warn node packages/cli/bin/qudao.mjs serve`,
    url: `${baseURL}/api/health`,
    // A fresh database is migrated and loaded with the demo company before the server answers.
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
