import { existsSync } from 'node:fs'

import { chromium, defineConfig, devices } from '@playwright/test'

const port = process.env.E2E_PORT ?? '3100'

/**
 * Playwright's own Chromium when `npx playwright install` has put it on this machine; otherwise
 * Debian's /usr/bin/chromium (this project's CI has no internet to download a browser). The
 * flags keep Debian's build from calling home, which the closed network would refuse.
 */
const bundledChromium = chromium.executablePath()
const launchOptions = existsSync(bundledChromium)
  ? {}
  : {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: '**/database-outage.spec.ts' },
    // Stops the database under the server, so it runs after everything else.
    {
      name: 'database-outage',
      use: { ...devices['Desktop Chrome'], launchOptions },
      testMatch: '**/database-outage.spec.ts',
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    command: 'node --import tsx/esm testing/e2eServer.ts',
    url: `http://localhost:${port}/`,
    env: { E2E_PORT: port },
    timeout: 10 * 60_000,
    // E2E_REUSE_SERVER=1: run against a server already started with `node --import tsx/esm testing/e2eServer.ts`.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    stderr: 'pipe',
    // Playwright's default is SIGKILL for the whole process group, which leaves the throwaway
    // PostgreSQL cluster behind in the temp folder; SIGTERM lets the server remove it.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
