import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Browser, Locator, Page } from 'playwright-core'
import { build, type Plugin } from 'vite'
import { type Figure, figure } from './figures'
import { median } from './paint'
import { serveStatic } from './static-server'

export { syntheticCities, syntheticUsers } from './synthetic'

/**
 * Keystroke → updated list painted: an 'input' event starts the clock, the first change to the list after it,
 * plus one animation frame, stops it. Each sample types one query into an emptied search box.
 */
const probe = `(() => {
  window.__filterProbe = (listSelector) => {
    const list = document.querySelector(listSelector);
    return new Promise((done) => {
      let started = 0;
      const onInput = (event) => { started = event.timeStamp; };
      document.addEventListener('input', onInput, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!started) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - started));
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    });
  };
})()`

export interface FilterScenario {
  name: string
  /** Bridge channel whose answer is replaced with `data` (so the list has the size under test). */
  channel: string
  data: (size: number) => unknown
  /** Opens the view and returns the search box and a CSS selector for the list that changes. */
  open: (page: Page) => Promise<{ search: Locator; listSelector: string }>
  queries: string[]
}

/** `bridge`: where the preview runs and the cookie its printed link would set. */
export async function measureFilter(
  browser: Browser,
  bridge: { origin: string; cookie: { name: string; value: string; url: string } },
  scenario: FilterScenario,
  size: number,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addCookies([bridge.cookie])
  const page = await context.newPage()
  await page.addInitScript({ content: probe })
  const body = JSON.stringify({ ok: true, value: scenario.data(size) })
  await page.route(`**/__bridge/invoke/${scenario.channel}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  )
  await page.goto(`${bridge.origin}/`)
  const { search, listSelector } = await scenario.open(page)
  const samples = await sampleQueries(page, search, listSelector, scenario.queries)
  await context.close()
  return { median: median(samples), samples }
}

/** Types each query into an emptied search box and times keystroke → list painted. */
async function sampleQueries(page: Page, search: Locator, listSelector: string, queries: string[]) {
  const samples: number[] = []
  for (const query of queries) {
    await search.fill('')
    await page.waitForTimeout(150)
    const measured = page.evaluate(`window.__filterProbe(${JSON.stringify(listSelector)})`) as Promise<number>
    await search.fill(query)
    samples.push(await measured)
  }
  return samples
}

// The app's import aliases, resolved by hand (vite's resolve.alias did not apply to a root outside the app).
const appAliases: Plugin = {
  name: 'bench-app-aliases',
  enforce: 'pre',
  resolveId(id, importer) {
    const match = /^@(shared|renderer)\/(.*)$/.exec(id)
    if (!match) return null
    const base = match[1] === 'shared' ? 'src/shared' : 'src/renderer/src'
    return this.resolve(resolve(base, match[2]), importer, { skipSelf: true })
  },
}

/** Builds scripts/bench/table (the kit's DataTable over synthetic rows) the way the app is built, minified. */
export async function buildTablePage(): Promise<string> {
  const outDir = resolve('out/bench-table')
  await build({
    root: resolve('scripts/bench/table'),
    base: './',
    logLevel: 'error',
    configFile: false,
    plugins: [react(), appAliases],
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
  })
  return outDir
}

export const tableScenarios = [
  {
    name: 'DataTable: users, not deferred',
    kind: 'users&defer=0',
    sizes: [1_000, 10_000],
    label: 'Proxy users',
    search: 'Search users',
    queries: ['san', 'ta', 'ber', 'ko', 'mar', 'do', 'ham', 'zu', 'lo1', 'gen2'],
  },
  {
    name: 'DataTable: users',
    kind: 'users',
    sizes: [1_000, 10_000],
    label: 'Proxy users',
    search: 'Search users',
    queries: ['san', 'ta', 'ber', 'ko', 'mar', 'do', 'ham', 'zu', 'lo1', 'gen2'],
  },
  {
    name: 'DataTable: cities',
    kind: 'cities',
    sizes: [1_000, 50_000],
    label: 'Cities',
    search: 'Search cities',
    queries: ['san', 'ta', 'ber', 'ko', 'mar', 'do', 'ham', 'zu', 'lo 1', 'gen 2'],
  },
] as const

/** Keystroke → filtered DataTable painted, on the page buildTablePage made, served at `origin`. */
export async function measureTableFilter(
  browser: Browser,
  origin: string,
  scenario: (typeof tableScenarios)[number],
  size: number,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`bench page: ${error.message}`))
  await page.addInitScript({ content: probe })
  await page.goto(`${origin}?kind=${scenario.kind}&size=${size}`)
  const listSelector = `table[aria-label="${scenario.label}"]`
  await page.locator(`${listSelector} tbody tr`).first().waitFor()
  // Twice through the queries: medians of 20 samples hold still better on a shared machine.
  const queries = [...scenario.queries, ...scenario.queries]
  const samples = await sampleQueries(page, page.getByLabel(scenario.search), listSelector, queries)
  await context.close()
  return { median: median(samples), samples }
}

/**
 * Keystroke → filtered DataTable painted, every scenario at its small and large size, as bench figures (the kit's
 * page is built and served here; `browser` is any Chromium the bench launched).
 */
export async function tableFilterFigures(browser: Browser): Promise<Figure[]> {
  const server = await serveStatic(await buildTablePage())
  const figures: Figure[] = []
  const rows = (n: number) => `${n.toLocaleString('en-US')} rows`
  try {
    for (const scenario of tableScenarios) {
      const [small, large] = scenario.sizes
      const atSmall = await measureTableFilter(browser, server.url, scenario, small)
      const atLarge = await measureTableFilter(browser, server.url, scenario, large)
      const name = `Keystroke → filtered: ${scenario.name}`
      figures.push(
        figure(`${name}, ${rows(small)}`, atSmall.median, 'ms'),
        figure(`${name}, ${rows(large)}`, atLarge.median, 'ms', '< 50'),
        figure(`${name}, ${rows(large)} ÷ ${rows(small)}`, atLarge.median / atSmall.median, '×', '<= 2'),
      )
    }
  } finally {
    await server.close()
  }
  return figures
}
