import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumExecutable } from './scripts/chromium'

const port = Number(process.env.BRIDGE_PORT ?? 4173)

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
    command: `tsx --tsconfig tsconfig.node.json e2e/bridge/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    // Request-by-request info lines stay out of the report; warnings and errors (stderr) still show.
    stdout: 'ignore',
    timeout: 60_000,
  },
})
