/**
 * `npm run bench`: the performance figures the issues ask for, printed as a table. Not asserted by tests (timings
 * on a shared 2-core machine vary); read them, compare them with the notes in the issue, and watch the trend.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { BRIDGE_SECRET_HEADER } from '../../e2e/bridge/secret'
import { startBridgeServer } from '../../e2e/bridge/server'
import { chromiumArgs, chromiumExecutable } from '../chromium'
import { initialBundle } from './bundle'
import { type FilterScenario, measureFilter, syntheticCities, syntheticUsers } from './filter'
import { measurePaint, median } from './paint'
import { serveStatic } from './static-server'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${value.toFixed(0)} ms`

async function buildBaseline(): Promise<string> {
  const outDir = resolve('out/bench-bare')
  await build({
    root: resolve('scripts/bench/bare'),
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
  })
  return outDir
}

const filterScenarios: FilterScenario[] = [
  {
    name: 'Proxy users (search users)',
    channel: 'proxyUsers.list',
    data: syntheticUsers,
    open: async (page) => {
      await page.getByRole('tab', { name: 'Proxy users' }).click()
      await page.getByRole('table', { name: 'Proxy users' }).locator('tbody tr').first().waitFor()
      return { search: page.getByLabel('Search users'), listSelector: 'table[aria-label="Proxy users"] tbody' }
    },
    queries: ['san', 'ta', 'ber', 'ko', 'mar', 'do', 'ham', 'zu', 'lo1', 'gen2'],
  },
  {
    name: 'Locations (search cities)',
    channel: 'locations.cities',
    data: syntheticCities,
    open: async (page) => {
      await page.getByRole('tab', { name: 'Locations' }).click()
      await page
        .getByRole('region', { name: 'Countries' })
        .getByRole('button', { name: 'United States', exact: true })
        .click()
      await page.getByRole('button', { name: 'All cities in United States' }).click()
      await page.getByRole('region', { name: 'Cities' }).getByRole('listitem').first().waitFor()
      return { search: page.getByLabel('Search cities'), listSelector: 'section[aria-label="Cities"] ul' }
    },
    queries: ['san', 'ta', 'ber', 'ko', 'mar', 'do', 'ham', 'zu', 'lo 1', 'gen 2'],
  },
]

async function main() {
  const bundle = await initialBundle(resolve('out/renderer'))
  console.info('\nInitial renderer bundle (what index.html loads; tabs and charts load later)')
  console.table({
    JS: { raw: kb(bundle.js.raw), gzip: kb(bundle.js.gzip), budget: '160 KB gzip', files: bundle.js.files.length },
    CSS: { raw: kb(bundle.css.raw), gzip: kb(bundle.css.gzip), budget: '—', files: bundle.css.files.length },
  })

  const baselineDir = await buildBaseline()
  const baseline = await serveStatic(baselineDir)
  const bridge = await startBridgeServer({ keychain: 'unavailable' })
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  try {
    const demo = await fetch(`${bridge.origin}/__bridge/invoke/session.startDemo`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: bridge.origin,
        'x-thordata-page': `${bridge.origin}/`,
        [BRIDGE_SECRET_HEADER]: bridge.secret,
      },
      body: '{}',
    })
    if (!(await demo.json()).ok) throw new Error('Could not start demo mode')

    // The cookie the printed link would set, so the timing has no redirect in it.
    const app = await measurePaint(browser, `${bridge.origin}/`, RUNS, [bridge.cookie])
    const bare = await measurePaint(browser, baseline.url, RUNS)
    console.info(`\nNavigation → balance painted, Chromium, demo mode via the bridge, median of ${RUNS} cold runs`)
    console.table({
      'Thordata Desktop (Account tab)': {
        median: ms(median(app)),
        min: ms(Math.min(...app)),
        max: ms(Math.max(...app)),
      },
      'Bare React + Mantine page': { median: ms(median(bare)), min: ms(Math.min(...bare)), max: ms(Math.max(...bare)) },
    })
    console.info(`Ratio app / bare: ${(median(app) / median(bare)).toFixed(2)}×\n`)

    console.info('Keystroke → filtered list painted, median over the queries, target < 50 ms at the large size')
    const rows: Record<string, Record<string, string>> = {}
    for (const scenario of filterScenarios) {
      const [small, large] = scenario.name.includes('cities') ? [1_000, 50_000] : [1_000, 10_000]
      const atSmall = await measureFilter(browser, bridge, scenario, small)
      const atLarge = await measureFilter(browser, bridge, scenario, large)
      rows[scenario.name] = {
        [`${small.toLocaleString('en-US')} rows`]: ms(atSmall.median),
        [`${large.toLocaleString('en-US')} rows`]: ms(atLarge.median),
        'large / small': `${(atLarge.median / atSmall.median).toFixed(2)}×`,
        target: atLarge.median < 50 && atLarge.median / atSmall.median <= 2 ? 'met' : 'MISSED',
      }
    }
    console.table(rows)
  } finally {
    await browser.close()
    await bridge.close()
    await baseline.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
