/**
 * `npm run bench`: the performance figures the issues ask for. Each is printed and written to out/bench.json as
 * `{ name, value, unit, target, met }` (the shape is described in ./figures.ts), so runs can be compared. Not
 * asserted by tests (timings on a shared 2-core machine vary): read them, compare them with the targets.
 * BENCH_ONLY=bundle,paint,filter,tray,trayhour,extract,isp,monitor runs a subset; BENCH_RUNS sets the cold paint runs (default 7);
 * BENCH_RENDERER measures another build of the renderer than out/renderer (e.g. `electron-vite build --outDir`).
 */
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { invokeBridge } from '../../e2e/bridge/invoke'
import { startBridgeServer } from '../../e2e/bridge/server'
import { chromiumArgs, chromiumExecutable } from '../chromium'
import { initialBundle } from './bundle'
import { extractPreviewFigures } from './extract-preview'
import { type Figure, figure, printFigures, writeFigures } from './figures'
import { type FilterScenario, measureFilter, syntheticCities, syntheticUsers, tableFilterFigures } from './filter'
import { ispListFigures } from './isp-list'
import { monitorFigures } from './monitor'
import { measurePaint, median, type PaintSample } from './paint'
import { serveStatic } from './static-server'
import { measureTrayHour } from './tray-hour'
import { measureTrayRefresh } from './tray-refresh'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim())
const wanted = (part: string) => !ONLY || ONLY.includes(part)
const OUTPUT = resolve('out/bench.json')
const RENDERER = resolve(process.env.BENCH_RENDERER ?? 'out/renderer')
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
      return { search: page.getByLabel('Search users'), listSelector: 'table[aria-label="Proxy users"]' }
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
      await page.getByRole('region', { name: 'Cities' }).locator('tbody tr').first().waitFor()
      return { search: page.getByLabel('Search cities'), listSelector: 'table[aria-label="Cities"]' }
    },
    queries: ['san', 'ta', 'ber', 'ko', 'mar', 'do', 'ham', 'zu', 'lo 1', 'gen 2'],
  },
]

async function main() {
  const figures: Figure[] = []
  if (wanted('bundle')) figures.push(...(await bundleFigures()))
  if (wanted('paint') || wanted('filter')) figures.push(...(await browserFigures()))
  if (wanted('tray')) figures.push(...(await trayFigures()))
  if (wanted('trayhour')) figures.push(...(await trayHourFigures()))
  if (wanted('extract')) figures.push(...(await extractPreviewFigures(RENDERER)))
  if (wanted('isp')) figures.push(...(await ispListFigures(RENDERER)))
  if (wanted('monitor')) figures.push(...(await monitorFigures(RENDERER)))
  await writeFigures(OUTPUT, figures)
  console.info('\nAll figures')
  printFigures(figures)
  console.info(`Written to ${OUTPUT}`)
}

async function bundleFigures(): Promise<Figure[]> {
  const bundle = await initialBundle(RENDERER)
  console.info('\nInitial renderer bundle (what index.html loads; tabs and charts load later)')
  console.table({
    JS: { raw: kb(bundle.js.raw), gzip: kb(bundle.js.gzip), budget: '160 KB gzip', files: bundle.js.files.length },
    CSS: { raw: kb(bundle.css.raw), gzip: kb(bundle.css.gzip), budget: '—', files: bundle.css.files.length },
  })
  return [
    figure('Initial renderer JS (gzip)', bundle.js.gzip / 1024, 'KB', '<= 160'),
    figure('Initial renderer CSS (gzip)', bundle.css.gzip / 1024, 'KB'),
  ]
}

async function browserFigures(): Promise<Figure[]> {
  const figures: Figure[] = []
  const baseline = wanted('paint') ? await serveStatic(await buildBaseline()) : null
  const bridge = await startBridgeServer({ keychain: 'unavailable', rendererDir: RENDERER })
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  try {
    const invoke = (channel: string) => invokeBridge(bridge, channel)
    if (!(await invoke('session.startDemo')).ok) throw new Error('Could not start demo mode')
    // As after any earlier run: main has a balance on record, which the launch screen paints at once.
    if (!(await invoke('account.trafficBalance')).ok) throw new Error('Could not fetch the demo balance')

    if (baseline) {
      // Alternated run by run, so a neighbour's load on the shared machine weighs on both sides of the ratio.
      const app: PaintSample[] = []
      const bare: PaintSample[] = []
      for (let run = 0; run < RUNS; run++) {
        // The cookie the printed link would set, so the timing has no redirect in it.
        app.push(...(await measurePaint(browser, `${bridge.origin}/`, 1, [bridge.cookie])))
        bare.push(...(await measurePaint(browser, baseline.url, 1)))
      }
      const load = loadavg().map((value) => value.toFixed(2))
      console.info(
        `\nNavigation → balance painted, Chromium, demo mode via the bridge, median of ${RUNS} cold runs (alternated;` +
          ` load average ${load.join(', ')})`,
      )
      const row = (values: number[]) => ({
        median: ms(median(values)),
        min: ms(Math.min(...values)),
        max: ms(Math.max(...values)),
      })
      const balance = app.map((sample) => sample.balance)
      const shell = app.map((sample) => sample.app)
      const barePage = bare.map((sample) => sample.balance)
      console.table({
        'Thordata Desktop: balance (launch screen)': row(balance),
        'Thordata Desktop: shell and Account tab': row(shell),
        'Bare React + Mantine page': row(barePage),
      })
      figures.push(
        figure('Navigation → balance painted (app)', median(balance), 'ms'),
        figure('Navigation → painted (bare page)', median(barePage), 'ms'),
        figure('Navigation → balance painted ÷ bare page', median(balance) / median(barePage), '×', '<= 1.5'),
        figure('Navigation → shell and Account tab painted (app)', median(shell), 'ms'),
      )
    }

    if (wanted('filter')) {
      console.info('\nKeystroke → filtered list painted, median over the queries')
      for (const scenario of filterScenarios) {
        const [small, large] = scenario.name.includes('cities') ? [1_000, 50_000] : [1_000, 10_000]
        const atSmall = await measureFilter(browser, bridge, scenario, small)
        const atLarge = await measureFilter(browser, bridge, scenario, large)
        const rows = (n: number) => `${n.toLocaleString('en-US')} rows`
        figures.push(
          figure(`Keystroke → filtered: ${scenario.name}, ${rows(small)}`, atSmall.median, 'ms'),
          figure(`Keystroke → filtered: ${scenario.name}, ${rows(large)}`, atLarge.median, 'ms', '< 50'),
          figure(
            `Keystroke → filtered: ${scenario.name}, ${rows(large)} ÷ ${rows(small)}`,
            atLarge.median / atSmall.median,
            '×',
            '<= 2',
          ),
        )
        printFigures(figures.slice(-3))
      }
      console.info('\nKeystroke → filtered DataTable painted (the kit on its own page), median over the queries')
      const table = await tableFilterFigures(browser)
      printFigures(table)
      figures.push(...table)
    }
  } finally {
    await browser.close()
    await bridge.close()
    await baseline?.close()
  }
  return figures
}

async function trayFigures(): Promise<Figure[]> {
  const tray = await measureTrayRefresh()
  console.info(
    `\nTray refresh with the Account tab open: ${tray.counts.join(', ')} Thordata requests (${tray.paths.join(', ')})`,
  )
  return [figure('Thordata requests per tray refresh (Account tab open)', tray.requests, 'requests', '= 1')]
}

async function trayHourFigures(): Promise<Figure[]> {
  const { trayAlone, withAccountTab } = await measureTrayHour()
  console.info('\nThordata requests per simulated hour, tray at the default 5-minute interval (demo mode)')
  console.table({ 'Tray alone': trayAlone.byPath, 'With the Account tab open': withAccountTab.byPath })
  console.info(
    `The window's reads: ${withAccountTab.window.asked} through main (sharing the tray's poll), ${withAccountTab.window.fromCache} from values main pushed`,
  )
  return [
    figure('Thordata requests per hour: tray alone', trayAlone.requests, 'requests'),
    figure(
      'Thordata requests per hour: with the Account tab open',
      withAccountTab.requests,
      'requests',
      `= ${trayAlone.requests}`,
    ),
  ]
}

main().then(
  // The demo simulator's sockets and the tray's timer are closed; exit anyway rather than wait on a stray handle.
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
