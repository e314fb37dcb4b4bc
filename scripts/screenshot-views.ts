import type { Language } from '@shared/i18n'
import type { Page } from 'playwright-core'
import type { UpdaterScript } from '../e2e/bridge/scripted-updater'
import { cdkViews } from './screenshot-views/cdk'
import { staticProxyViews } from './screenshot-views/static-proxies'
import { unlimitedViews } from './screenshot-views/unlimited'
import { updateViews } from './screenshot-views/updates'

/**
 * The views `npm run screenshots` takes, in every language, size and theme. Adding one is one entry: `open` starts
 * on a fresh app (onboarding, simulators reset, nothing connected) and brings the view on screen; the script then
 * waits for animations and shoots light and dark. Find controls through `ctx.t(key, english)` (the label in the
 * language being shot, or `english` while the key does not exist yet), or by something no translation changes
 * (`ctx.tab('proxy-users')`, a test id): an English-only locator breaks the Chinese run once the label is translated.
 */
export interface ViewContext {
  language: Language
  /** A catalog message in the language being shot, e.g. t('proxyUsers:add.title', 'Add user'). */
  t: (key: string, english: string, values?: Record<string, unknown>) => string
  /** Opens a section of the signed-in app by its value in src/renderer/src/app/tabs.ts. */
  tab: (value: string) => Promise<void>
  /** Presses the onboarding's demo button and waits for the signed-in app. */
  startDemo: () => Promise<void>
  /** Connects the preview's test account (session only) and reloads, so Settings shows a real account. */
  connect: () => Promise<void>
  /** Scripts the preview's updater (e2e/bridge/scripted-updater.ts): what the next check and download do. */
  scriptUpdater: (script: UpdaterScript) => Promise<void>
}

export interface View {
  /** File name stem: docs/screenshots/<language>/<size>/<name>-<theme>.png */
  name: string
  /** What it shows, for docs/screenshots/README.md. */
  caption: string
  /** Also shoot the whole page (<name>-<theme>-full.png) when it is taller than the window. */
  fullPage?: boolean
  open: (page: Page, ctx: ViewContext) => Promise<void>
}

const dialog = (page: Page) => page.getByRole('dialog')

export const views: View[] = [
  {
    name: 'onboarding',
    caption: 'First run: connect an account or explore the demo',
    fullPage: true,
    open: async (page, { t }) => {
      await page.getByRole('button', { name: t('onboarding:demo.start', 'Explore demo') }).waitFor()
    },
  },
  {
    name: 'account',
    caption: 'Account: traffic, expiry, wallet and daily usage (demo)',
    fullPage: true,
    open: async (page, { startDemo, t }) => {
      await startDemo()
      await page.getByRole('figure', { name: t('account:usage.chart', 'Daily traffic usage chart') }).waitFor()
      await page.locator('.recharts-bar-rectangle').first().waitFor()
    },
  },
  {
    name: 'proxy-users',
    caption: 'Proxy users: quota and the users table',
    fullPage: true,
    open: async (page, { startDemo, tab }) => {
      await startDemo()
      await tab('proxy-users')
      await page.locator('table tr[data-row-index]').first().waitFor()
    },
  },
  {
    name: 'proxy-user-form',
    caption: 'Add user dialog, with the field errors of an empty save',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('proxy-users')
      await page.getByRole('button', { name: t('proxyUsers:add.open', 'Add user') }).click()
      await dialog(page)
        .getByRole('button', { name: t('proxyUsers:form.save', 'Save user') })
        .click()
    },
  },
  {
    name: 'proxy-user-delete',
    caption: 'Delete user confirmation',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('proxy-users')
      await page
        .getByRole('button', { name: t('proxyUsers:actions.deleteUser', 'Delete {{name}}', { name: 'shop01' }) })
        .click()
      await dialog(page).waitFor()
    },
  },
  {
    name: 'proxy-user-usage',
    caption: "A user's daily usage (drawer)",
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('proxy-users')
      await page
        .getByRole('button', { name: t('proxyUsers:actions.usageOf', 'Usage of {{name}}', { name: 'shop01' }) })
        .click()
      await dialog(page).locator('.recharts-bar-rectangle').first().waitFor()
    },
  },
  {
    name: 'proxy-user-usage-hourly',
    caption: "A user's hourly usage (drawer, Hourly view)",
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('proxy-users')
      await page
        .getByRole('button', { name: t('proxyUsers:actions.usageOf', 'Usage of {{name}}', { name: 'shop01' }) })
        .click()
      await dialog(page).locator('.recharts-bar-rectangle').first().waitFor()
      await dialog(page).getByText(t('proxyUsers:usage.byHour', 'Hourly'), { exact: true }).click()
      await dialog(page).locator('.recharts-line, .recharts-area').first().waitFor()
    },
  },
  {
    name: 'whitelist',
    caption: 'Whitelist IPs: the add bar, the quota and the list',
    fullPage: true,
    open: async (page, { startDemo, tab }) => {
      await startDemo()
      await tab('whitelist')
      await page.locator('table tbody tr').first().waitFor()
    },
  },
  {
    name: 'whitelist-batch',
    caption: 'Batch add, with one line that is not an IP',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('whitelist')
      await page.getByRole('button', { name: t('whitelist:batch.open', 'Batch add') }).click()
      await dialog(page).locator('textarea').fill('198.51.100.40\n300.1.1.1\n2001:db8::40')
    },
  },
  {
    name: 'whitelist-delete',
    caption: 'Remove IP confirmation',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('whitelist')
      const remove = t('whitelist:list.delete', 'Delete')
      await page
        .getByRole('button', { name: new RegExp(`^${remove} `) })
        .first()
        .click()
      await dialog(page).waitFor()
    },
  },
  {
    name: 'locations-countries',
    caption: 'Locations: the countries, before one is chosen',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('locations')
      await page
        .getByRole('region', { name: t('locations:lists.countries', 'Countries') })
        .locator('tbody tr')
        .first()
        .waitFor()
    },
  },
  {
    name: 'locations',
    caption: 'Locations: United States → Texas',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('locations')
      const countries = page.getByRole('region', { name: t('locations:lists.countries', 'Countries') })
      // In Chinese the country is named 美国, but Thordata's English name stays searchable in both languages.
      await countries.getByLabel(t('locations:search.countries', 'Search countries')).fill('united states')
      await countries.locator('tr[data-row-index="0"] button').first().click()
      const states = page.getByRole('region', { name: t('locations:lists.states', 'States') })
      // The list is virtualized: at 900×600 Texas is below the fold until searched for.
      await states.getByLabel(t('locations:search.states', 'Search states')).fill('tex')
      await states.getByRole('button', { name: 'Texas', exact: true }).click()
      await page
        .getByRole('region', { name: t('locations:lists.cities', 'Cities') })
        .locator('tbody tr')
        .first()
        .waitFor()
    },
  },
  {
    name: 'settings',
    caption: 'Settings, with a connected account',
    fullPage: true,
    open: async (page, { connect, tab }) => {
      await connect()
      await tab('settings')
      await page.locator('form').first().waitFor()
    },
  },
  {
    name: 'settings-sign-out',
    caption: 'Sign-out confirmation',
    open: async (page, { connect, tab, t }) => {
      await connect()
      await tab('settings')
      await page.getByRole('button', { name: t('settings:account.signOut', 'Sign out'), exact: true }).click()
      await dialog(page).waitFor()
    },
  },
  {
    name: 'credentials-banner',
    caption: 'A token revoked mid-session: one banner with Replace credentials (demo)',
    open: async (page, { startDemo, t }) => {
      await startDemo()
      // The demo's simulator starts refusing the token, as Thordata does once a token is revoked.
      const state = (await (await page.request.get(new URL('/__bridge/state', page.url()).href)).json()) as {
        demo: string
      }
      await page.request.post(`${state.demo}/__control/faults`, { data: { kind: 'code', code: 10013 } })
      await page.getByRole('button', { name: t('common:actions.refresh', 'Refresh'), exact: true }).click()
      await page.getByTestId('credentials-banner').waitFor()
    },
  },
  {
    name: 'extract-links',
    caption: 'Extract links: the builder (unlimited, advanced on), the live link, and a tested link with its proxies',
    fullPage: true,
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('extract-links')
      await page.getByText(t('common:products.unlimited', 'Unlimited'), { exact: true }).click()
      await page.getByTestId('extract-preview').filter({ hasText: 'servers=' }).waitFor()
      await page.getByRole('switch', { name: t('extract:advanced.toggle', 'Advanced') }).check()
      await page.getByRole('button', { name: t('extract:preview.test', 'Test link') }).click()
      await page.getByRole('status').waitFor()
      await page.evaluate('window.scrollTo(0, 0)')
    },
  },
  {
    name: 'extract-links-whitelist',
    caption: 'Extract links: a test refused because this IP is not whitelisted, with the one-click fix',
    open: async (page, { startDemo, tab, t }) => {
      await startDemo()
      await tab('extract-links')
      await page.getByTestId('extract-preview').filter({ hasText: 'country=us' }).waitFor()
      await page.getByRole('button', { name: t('extract:preview.test', 'Test link') }).click()
      await page.getByRole('button', { name: /203\.0\.113\.77/ }).waitFor()
    },
  },
  {
    name: 'endpoints',
    caption: 'Endpoint generator: a proxy user, Germany, a sticky session, and the three copy formats (demo)',
    fullPage: true,
    open: async (page, ctx) => {
      await openEndpoint(page, ctx)
      // Filling the form scrolled down to its last field: the window shot starts at the title, as a user opens it.
      await page.evaluate('window.scrollTo(0, 0)')
    },
  },
  {
    name: 'endpoints-test',
    caption: "Proxy tester: the simulator's exit IP, country and latency for the generated endpoint (demo)",
    fullPage: true,
    open: async (page, ctx) => {
      await openEndpoint(page, ctx)
      await page.getByRole('button', { name: ctx.t('endpoints:test.run', 'Test endpoint') }).click()
      await page.getByTestId('proxy-test-ip').waitFor()
    },
  },
  ...staticProxyViews,
  ...unlimitedViews,
  ...cdkViews,
  ...updateViews,
]

/** The endpoint generator in the demo, filled in: user shop01, Germany, a 10-minute sticky session. */
async function openEndpoint(page: Page, { startDemo, tab, t }: ViewContext) {
  await startDemo()
  await tab('endpoints')
  const pick = async (label: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: label, exact: true }).click()
    await page.getByRole('option', { name: option }).first().click()
  }
  await pick(t('endpoints:user.label', 'Proxy user'), 'shop01')
  await pick(t('endpoints:targeting.country', 'Country'), /\(DE\)/)
  await page.getByRole('textbox', { name: t('endpoints:session.id', 'Session id'), exact: true }).fill('k7m2q9x4')
  await page.getByRole('textbox', { name: t('endpoints:session.minutes', 'Keep the IP for'), exact: true }).fill('10')
  await page.getByTestId('endpoint-url').waitFor()
}
