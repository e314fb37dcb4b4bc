import { test as base, expect, type Page } from '@playwright/test'
import type { Fault } from '../src/main/simulator'
import type { UpdaterScript } from './bridge/scripted-updater'
import { BRIDGE_SECRET_HEADER, bridgeCookieName } from './bridge/secret'

/** Set by playwright.config.ts and passed to the web server (serve.ts --test), so the tests hold this run's secret. */
const secret = process.env.THORDATA_BRIDGE_SECRET ?? ''
const headers = { [BRIDGE_SECRET_HEADER]: secret }

export interface BridgeState {
  clipboard: string | null
  opened: string[]
  /** Origin of the simulator that plays Thordata's real API for "Connect your account". */
  remote: string
  /** Origin of the simulator behind demo mode, while demo mode runs. */
  demo: string | null
  account: { token: string; key: string; accountName: string }
}

/** A simulator fault switch, as the simulators declare it. */
export type { Fault, UpdaterScript }

/** Talks to the bridge and the simulators behind it, the way a test arranges the world before clicking. */
export class Harness {
  constructor(private readonly page: Page) {}

  async state(): Promise<BridgeState> {
    const response = await this.page.request.get('/__bridge/state', { headers })
    return (await response.json()) as BridgeState
  }

  /** A fresh user: new profile folder, empty keychain, simulators back to their seeded state. */
  async reset(options: { keychain?: 'os' | 'unavailable' } = {}) {
    const response = await this.page.request.post('/__bridge/reset', { data: options, headers })
    expect(response.ok()).toBe(true)
  }

  /** Quit and relaunch the app's main process on the same profile and keychain, then reload the window. */
  async restart() {
    const response = await this.page.request.post('/__bridge/restart', { headers })
    expect(response.ok()).toBe(true)
    await this.page.reload()
  }

  /** Scripts the preview's updater (it is unsupported until scripted): what the next check and download do. */
  async scriptUpdater(script: UpdaterScript) {
    const response = await this.page.request.post('/__bridge/updater', { data: script, headers })
    expect(response.ok()).toBe(true)
  }

  /** How many checks, downloads and installs the scripted updater was asked for. */
  async updaterCounts(): Promise<{ checks: number; downloads: number; installs: number }> {
    const response = await this.page.request.get('/__bridge/updater', { headers })
    return (await response.json()) as { checks: number; downloads: number; installs: number }
  }

  async simulator(which: 'remote' | 'demo'): Promise<string> {
    const state = await this.state()
    const origin = which === 'remote' ? state.remote : state.demo
    if (!origin) throw new Error(`The ${which} simulator is not running`)
    return origin
  }

  async addFault(which: 'remote' | 'demo', fault: Fault) {
    const response = await this.page.request.post(`${await this.simulator(which)}/__control/faults`, { data: fault })
    expect(response.ok()).toBe(true)
  }

  async clearFaults(which: 'remote' | 'demo') {
    await this.page.request.delete(`${await this.simulator(which)}/__control/faults`)
  }

  async simState(which: 'remote' | 'demo'): Promise<Record<string, unknown>> {
    const response = await this.page.request.get(`${await this.simulator(which)}/__control/state`)
    return (await response.json()) as Record<string, unknown>
  }

  async patchSimState(which: 'remote' | 'demo', patch: Record<string, unknown>) {
    const response = await this.page.request.patch(`${await this.simulator(which)}/__control/state`, { data: patch })
    expect(response.ok()).toBe(true)
  }

  /** Moves the simulator's clock forward (a restart finishing) without the test waiting. */
  async advanceSimClock(which: 'remote' | 'demo', ms: number) {
    const response = await this.page.request.post(`${await this.simulator(which)}/__control/clock`, {
      data: { advanceMs: ms },
    })
    expect(response.ok()).toBe(true)
  }

  /** The API requests the simulator saw, as "METHOD /path" (e.g. "POST /api/unlimited/renew"). */
  async simRequests(which: 'remote' | 'demo'): Promise<string[]> {
    const response = await this.page.request.get(`${await this.simulator(which)}/__control/requests`)
    const { requests } = (await response.json()) as { requests: { method: string; path: string }[] }
    return requests.map((r) => `${r.method} ${r.path}`)
  }
}

export const test = base.extend<{ harness: Harness }>({
  // Automatic: every test starts as a fresh user, whether or not it arranges anything itself.
  harness: [
    async ({ page, baseURL }, use) => {
      if (!secret || !baseURL) throw new Error('Run the bridge specs through playwright.config.ts (it sets the secret)')
      // What opening the printed link does for a person: the page and its bridge calls carry the secret.
      await page.context().addCookies([
        {
          name: bridgeCookieName(new URL(baseURL).port),
          value: secret,
          url: baseURL,
          httpOnly: true,
          sameSite: 'Strict',
        },
      ])
      const harness = new Harness(page)
      await harness.reset()
      await use(harness)
    },
    { auto: true },
  ],
})

/** A fresh user explores the demo and opens one section. */
export async function openDemoTab(page: Page, tab: string) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Explore demo' }).click()
  await page.getByRole('tab', { name: tab }).click()
}

/** Fills the onboarding form and presses Connect, as a user pasting from Dashboard → My Account would. */
export async function fillConnectForm(page: Page, values: { token: string; key: string; accountName: string }) {
  await page.getByLabel('API token').fill(values.token)
  await page.getByLabel('API key').fill(values.key)
  await page.getByLabel('Account name').fill(values.accountName)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
}

export { expect }
