import type { StaticProxyRow } from '@shared/domain/proxies'
import { type Browser, chromium, type Page } from 'playwright-core'
import { invokeBridge } from '../../e2e/bridge/invoke'
import { startBridgeServer } from '../../e2e/bridge/server'
import { chromiumArgs, chromiumExecutable } from '../chromium'
import { type Figure, figure } from './figures'
import { median } from './paint'

const CITIES = [
  ['US', 'Dallas'],
  ['US', 'New York'],
  ['US', 'Los Angeles'],
  ['GB', 'London'],
  ['DE', 'Frankfurt am Main'],
  ['JP', 'Tokyo'],
  ['SG', 'Singapore'],
  ['NL', 'Amsterdam'],
  ['FR', 'Paris'],
  ['BR', 'São Paulo'],
] as const
const DAY_MS = 86_400_000

/** `count` ISP IPs from the benchmarking range 198.18.0.0/15, expiring over the next 90 days (some already gone). */
export function syntheticStaticProxies(count: number, now = Date.now()): { proxies: StaticProxyRow[]; skipped: 0 } {
  const proxies = Array.from({ length: count }, (_, i): StaticProxyRow => {
    // Places and expiry dates mixed independently, so a search or a sort always changes the rows in view.
    const [country, city] = CITIES[(i * 3 + Math.floor(i / 10)) % CITIES.length] as (typeof CITIES)[number]
    const expiresAt = now + (((i * 7919) % 100) - 10) * DAY_MS + (i % 24) * 3_600_000
    return {
      ip: `198.${18 + Math.floor(i / 65_536)}.${Math.floor(i / 256) % 256}.${i % 256}`,
      port: 6666,
      username: `isp_${((i * 2_654_435_761) >>> 0).toString(36).slice(0, 6)}`,
      country,
      city,
      purchasedAt: new Date(expiresAt - 30 * DAY_MS).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
    }
  })
  return { proxies, skipped: 0 }
}

/**
 * An 'input' (a keystroke in the search) or a 'click' (a sort header) starts the clock; the table's first change
 * after it, plus one animation frame, stops it.
 */
const probe = `(() => {
  window.__tableProbe = (selector, eventName) => {
    // The table and its toolbar: the "N of M" count changes even when the first rows stay the same.
    const table = document.querySelector(selector).closest('.mantine-Stack-root');
    return new Promise((done) => {
      let started = 0;
      document.addEventListener(eventName, (event) => { started = event.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!started) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - started));
      });
      observer.observe(table, { childList: true, subtree: true, characterData: true });
    });
  };
})()`

const TABLE = 'table[aria-label="Static proxy IPs"]'
const QUERIES = ['Dal', 'Tok', '198.18.1', 'isp_k', 'Lon', 'Fra', '198.18.7', 'Ams', 'Par', 'New']
/** Each click re-sorts the whole list: a new column, or the same one the other way round. */
const SORTS = ['IP', 'IP', 'Username', 'Expires', 'Expires', 'Port', 'Time left', 'Time left', 'IP', 'Username']

async function sampleFilter(page: Page): Promise<number[]> {
  const search = page.getByRole('textbox', { name: 'Search IPs' })
  const samples: number[] = []
  for (const query of [...QUERIES, ...QUERIES]) {
    await search.fill('')
    await page.waitForTimeout(150)
    const measured = page.evaluate(`window.__tableProbe(${JSON.stringify(TABLE)}, 'input')`) as Promise<number>
    // A failure below is the one to report, not the probe's "page closed" that follows it.
    measured.catch(() => undefined)
    await search.fill(query)
    samples.push(await measured)
  }
  await search.fill('')
  return samples
}

async function sampleSort(page: Page): Promise<number[]> {
  const samples: number[] = []
  for (const header of [...SORTS, ...SORTS]) {
    await page.waitForTimeout(150)
    const measured = page.evaluate(`window.__tableProbe(${JSON.stringify(TABLE)}, 'click')`) as Promise<number>
    measured.catch(() => undefined)
    await page.locator(`${TABLE} thead`).getByRole('button', { name: header, exact: true }).click()
    samples.push(await measured)
  }
  return samples
}

async function measure(browser: Browser, bridge: Awaited<ReturnType<typeof startBridgeServer>>, size: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addCookies([bridge.cookie])
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`bench page: ${error.message}`))
  await page.addInitScript({ content: probe })
  const body = JSON.stringify({ ok: true, value: syntheticStaticProxies(size) })
  await page.route('**/__bridge/invoke/staticProxies.list', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  )
  await page.goto(`${bridge.origin}/`)
  await page.getByRole('tab', { name: 'ISP & datacenter' }).click()
  await page.locator(`${TABLE} tbody tr`).first().waitFor()
  const filter = await sampleFilter(page)
  const sort = await sampleSort(page)
  await context.close()
  return { filter: median(filter), sort: median(sort) }
}

/**
 * The ISP & datacenter tab in demo mode through the bridge, its list replaced by 500 and by 5,000 IPs: a keystroke
 * in the search until the table shows the matches, and a click on a column header until it shows the new order.
 */
export async function ispListFigures(rendererDir: string): Promise<Figure[]> {
  const bridge = await startBridgeServer({ keychain: 'unavailable', rendererDir })
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  try {
    const started = await invokeBridge(bridge, 'session.startDemo')
    if (!started.ok) throw new Error('Could not start demo mode')
    const small = await measure(browser, bridge, 500)
    const large = await measure(browser, bridge, 5_000)
    console.info('\nISP & datacenter list: keystroke or header click → table updated (median of 20 samples)')
    console.table({
      'Filter, 500 IPs': `${small.filter.toFixed(1)} ms`,
      'Filter, 5,000 IPs': `${large.filter.toFixed(1)} ms`,
      'Sort, 500 IPs': `${small.sort.toFixed(1)} ms`,
      'Sort, 5,000 IPs': `${large.sort.toFixed(1)} ms`,
    })
    return [
      figure('ISP list: keystroke → filtered, 500 IPs', small.filter, 'ms'),
      figure('ISP list: keystroke → filtered, 5,000 IPs', large.filter, 'ms', '< 50'),
      figure('ISP list: keystroke → filtered, 5,000 ÷ 500 IPs', large.filter / small.filter, '×', '<= 2'),
      figure('ISP list: header click → sorted, 500 IPs', small.sort, 'ms'),
      figure('ISP list: header click → sorted, 5,000 IPs', large.sort, 'ms', '< 50'),
      figure('ISP list: header click → sorted, 5,000 ÷ 500 IPs', large.sort / small.sort, '×', '<= 2'),
    ]
  } finally {
    await browser.close()
    await bridge.close()
  }
}
