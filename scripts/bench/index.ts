/**
 * `npm run bench`: the performance figures the issues ask for, printed as a table. Not asserted by tests (timings
 * on a shared 2-core machine vary); read them, compare them with the notes in the issue, and watch the trend.
 */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { startBridgeServer } from '../../e2e/bridge/server'
import { initialBundle } from './bundle'
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  try {
    const demo = await fetch(`${bridge.origin}/__bridge/invoke/session.startDemo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: bridge.origin, 'x-thordata-page': `${bridge.origin}/` },
      body: '{}',
    })
    if (!(await demo.json()).ok) throw new Error('Could not start demo mode')

    const app = await measurePaint(browser, `${bridge.origin}/`, RUNS)
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
