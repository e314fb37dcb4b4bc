import { defineConfig, devices } from '@playwright/test'
import { newBridgeSecret } from './e2e/bridge/secret'
import { chromiumArgs, chromiumExecutable } from './scripts/chromium'

const port = Number(process.env.BRIDGE_PORT ?? 4173)
// The bridge's secret for this run: made here in the runner, inherited by the workers (e2e/fixtures.ts) and passed to
// the web server. A server already running is reused only when its secret was given from outside.
const secretGiven = process.env.THORDATA_BRIDGE_SECRET !== undefined
process.env.THORDATA_BRIDGE_SECRET ??= newBridgeSecret()

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // One bridge (and so one main core and keychain) serves every spec: run them one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [
    ['list'],
    ['./e2e/skip-reasons-reporter.ts'],
    ...(process.env.CI ? [] : ([['html', { open: 'never' }]] as const)),
  ],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'bridge',
      testDir: 'e2e/specs',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
      },
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
  webServer: {
    command: `tsx --tsconfig tsconfig.node.json e2e/bridge/serve.ts --test --port ${port}`,
    env: { THORDATA_BRIDGE_SECRET: process.env.THORDATA_BRIDGE_SECRET },
    // Ready when it answers at all (403 without the secret counts).
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI && secretGiven,
    // Request-by-request info lines stay out of the report; warnings and errors (stderr) still show.
    stdout: 'ignore',
    timeout: 60_000,
  },
})
