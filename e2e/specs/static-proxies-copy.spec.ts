import { readFile } from 'node:fs/promises'
import { parse } from 'papaparse'
import { expect, type Harness, openDemoTab, test } from '../fixtures'

interface SimProxy {
  ip: string
  port: number
  username: string
  password: string
  country: string
  city: string
  purchasedAt: number
  expiresAt: number
}

/** The demo account's ISP IPs as the table lists them by default: soonest expiry first. */
const ispBySoonestExpiry = async (harness: Harness) => {
  const state = (await harness.simState('demo')) as { staticProxies: Record<string, SimProxy[]> }
  return [...state.staticProxies['1']].sort((a, b) => a.expiresAt - b.expiresAt)
}

const expected: Record<string, (p: SimProxy) => string> = {
  'ip:port:user:pass': (p) => `${p.ip}:${p.port}:${p.username}:${p.password}`,
  'user:pass@ip:port': (p) => `${p.username}:${p.password}@${p.ip}:${p.port}`,
  'http://user:pass@ip:port': (p) => `http://${p.username}:${p.password}@${p.ip}:${p.port}`,
  'socks5://user:pass@ip:port': (p) => `socks5://${p.username}:${p.password}@${p.ip}:${p.port}`,
}

test.describe('ISP & datacenter: copy and CSV', () => {
  test('copy all IPs in each format, one line per IP, passwords filled in by main', async ({ page, harness }) => {
    await openDemoTab(page, 'ISP & datacenter')
    const proxies = await ispBySoonestExpiry(harness)
    const copyAll = page.getByRole('button', { name: `Copy all ${proxies.length}` })
    await expect(copyAll).toBeEnabled()
    for (const [format, line] of Object.entries(expected)) {
      await page.getByRole('combobox', { name: 'Copy format' }).click()
      await page.getByRole('option', { name: format, exact: true }).click()
      await copyAll.click()
      const toast = page.getByText(`Copied ${proxies.length} proxies as ${format}, one per line`)
      await expect(toast).toBeVisible()
      expect((await harness.state()).clipboard).toBe(proxies.map(line).join('\n'))
    }
  })

  test('copy the selected rows, and one row from its button', async ({ page, harness }) => {
    await openDemoTab(page, 'ISP & datacenter')
    const [first, second, third] = await ispBySoonestExpiry(harness)
    if (!first || !second || !third) throw new Error('the demo account has fewer than three ISP IPs')
    await page.getByRole('checkbox', { name: `Select ${third.ip}` }).check()
    await page.getByRole('checkbox', { name: `Select ${first.ip}` }).check()
    await page.getByRole('button', { name: 'Copy 2 selected' }).click()
    await expect(page.getByText('Copied 2 proxies as ip:port:user:pass, one per line')).toBeVisible()
    expect((await harness.state()).clipboard).toBe([first, third].map(expected['ip:port:user:pass']).join('\n'))

    await page.getByRole('button', { name: `Copy ${second.ip} as ip:port:user:pass` }).click()
    await expect(page.getByText('Copied 1 proxy as ip:port:user:pass')).toBeVisible()
    expect((await harness.state()).clipboard).toBe(expected['ip:port:user:pass'](second))
  })

  test('the CSV holds what is shown, in order, with passwords and UTC times', async ({ page, harness }) => {
    await openDemoTab(page, 'ISP & datacenter')
    const proxies = await ispBySoonestExpiry(harness)
    await page.getByRole('textbox', { name: 'Search IPs' }).fill('198.51.100')
    const shown = proxies.filter((p) => p.ip.startsWith('198.51.100'))
    await expect(page.getByText(`${shown.length} of ${proxies.length}`)).toBeVisible()

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('isp-proxies.csv')
    const raw = await readFile(await download.path(), 'utf8')
    expect(raw.startsWith('\uFEFF')).toBe(true)
    const { data } = parse<string[]>(raw.replace(/^\uFEFF/, '').trim())
    const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ')
    expect(data).toEqual([
      ['IP', 'Port', 'Username', 'Password', 'Country', 'City', 'Purchased (UTC)', 'Expires (UTC)'],
      ...shown.map((p) => [
        p.ip,
        String(p.port),
        p.username,
        p.password,
        p.country,
        p.city,
        minute(p.purchasedAt),
        minute(p.expiresAt),
      ]),
    ])
  })

  test('passwords stay out of the window until one is revealed', async ({ page, harness }) => {
    await openDemoTab(page, 'ISP & datacenter')
    const [first] = await ispBySoonestExpiry(harness)
    if (!first) throw new Error('the demo account has no ISP IP')
    const row = page.getByRole('row').filter({ hasText: first.ip })
    await expect(row).toBeVisible()
    expect(await page.content()).not.toContain(first.password)
    await row.getByRole('button', { name: `Show password for ${first.ip}` }).click()
    await expect(row.getByText(first.password, { exact: true })).toBeVisible()
  })
})
