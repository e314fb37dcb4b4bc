import type { StaticProxyRow } from '@shared/domain/proxies'
import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeBridge } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import StaticProxiesTab from './StaticProxiesTab'

const NOW = Date.parse('2026-12-01T12:00:00Z')
const inDays = (days: number) => new Date(NOW + days * 86_400_000).toISOString()
const row = (ip: string, expiresInDays: number, city: string): StaticProxyRow => ({
  ip,
  port: 6666,
  username: `isp_${ip.split('.').at(-1)}`,
  country: 'US',
  city,
  purchasedAt: inDays(expiresInDays - 30),
  expiresAt: inDays(expiresInDays),
})
const isp = [row('198.51.100.20', 20, 'Dallas'), row('198.51.100.21', -3, 'Austin'), row('198.51.100.22', 5.5, 'Reno')]
const datacenter = [row('192.0.2.101', 40, 'Ashburn')]

function renderTab() {
  const fake = createFakeBridge({
    overrides: {
      'staticProxies.list': ({ product }) => ok({ proxies: product === 'isp' ? isp : datacenter, skipped: 0 }),
      'staticProxies.reveal': ({ ip }) => ok({ password: `pw-${ip}` }),
      'staticProxies.copy': ({ ips }) => ok({ count: ips.length }),
      'staticProxies.csv': ({ ips }) => ok({ text: `IP\r\n${ips.join('\r\n')}` }),
      'staticProxies.expirations': ({ ips }) =>
        ok({
          results: ips.map((ip) =>
            isp.some((p) => p.ip === ip)
              ? { ip, known: true as const, expiresAt: isp.find((p) => p.ip === ip)?.expiresAt ?? null }
              : { ip, known: false as const },
          ),
          skipped: 0,
        }),
    },
  })
  return renderView(<StaticProxiesTab now={NOW} />, fake)
}

const table = () => screen.findByRole('table', { name: 'Static proxy IPs' })
const shownIps = async () =>
  within(await table())
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-row-index'))
    .map((r) => within(r).getByText(/^\d+\.\d+\.\d+\.\d+$/).textContent)
const rowOf = async (ip: string) => (await within(await table()).findByText(ip)).closest('tr') as HTMLElement

beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600)
})
afterEach(() => vi.restoreAllMocks())

describe('ISP & datacenter: the list', () => {
  it('lists the IPs soonest expiry first, each with a badge, and sums up what needs renewing', async () => {
    renderTab()
    expect(await shownIps()).toEqual(['198.51.100.21', '198.51.100.22', '198.51.100.20'])
    expect(within(await rowOf('198.51.100.21')).getByText('Expired')).toBeInTheDocument()
    expect(within(await rowOf('198.51.100.22')).getByText('5 days left')).toBeInTheDocument()
    expect(within(await rowOf('198.51.100.20')).getByText('20 days left')).toBeInTheDocument()
    const summary = screen.getByRole('group', { name: 'Expiry at a glance' })
    expect(summary).toHaveTextContent('3 IPs')
    expect(summary).toHaveTextContent('1 expired')
    expect(summary).toHaveTextContent('1 expire within 7 days')
    expect(summary).toHaveTextContent('1 with more time')
  })

  it('fetches a password from main only when the user asks to see it', async () => {
    const { user, fake } = renderTab()
    const target = await rowOf('198.51.100.20')
    expect(target).not.toHaveTextContent('pw-198.51.100.20')
    expect(fake.callsTo('staticProxies.reveal')).toEqual([])
    await user.click(within(target).getByRole('button', { name: 'Show password for 198.51.100.20' }))
    expect(await within(target).findByText('pw-198.51.100.20')).toBeInTheDocument()
    expect(fake.callsTo('staticProxies.reveal')).toEqual([{ product: 'isp', ip: '198.51.100.20' }])
  })

  it('shows the datacenter IPs when switched, with nothing selected', async () => {
    const { user, fake } = renderTab()
    await user.click(within(await rowOf('198.51.100.20')).getByRole('checkbox', { name: 'Select 198.51.100.20' }))
    await user.click(screen.getByText('Datacenter'))
    expect(await rowOf('192.0.2.101')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Copy 1 IP' })).toBeInTheDocument()
    expect(fake.callsTo('staticProxies.list')).toEqual([{ product: 'isp' }, { product: 'datacenter' }])
  })
})

describe('ISP & datacenter: copying and CSV', () => {
  it('copies every shown IP in the format chosen and says how many, in which format', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.click(screen.getByRole('combobox', { name: 'Copy format' }))
    await user.click(await screen.findByRole('option', { name: 'socks5://user:pass@ip:port' }))
    await user.click(screen.getByRole('button', { name: 'Copy all 3' }))
    await waitFor(() =>
      expect(fake.callsTo('staticProxies.copy')).toEqual([
        { product: 'isp', ips: ['198.51.100.21', '198.51.100.22', '198.51.100.20'], format: 'socks5' },
      ]),
    )
    expect(await screen.findByText('Copied 3 proxies as socks5://user:pass@ip:port, one per line')).toBeInTheDocument()
  })

  it('copies only the selected rows, and one row from its own button', async () => {
    const { user, fake } = renderTab()
    for (const ip of ['198.51.100.20', '198.51.100.21']) {
      await user.click(within(await rowOf(ip)).getByRole('checkbox', { name: `Select ${ip}` }))
    }
    await user.click(screen.getByRole('button', { name: 'Copy 2 selected' }))
    await user.click(screen.getByRole('button', { name: 'Copy 198.51.100.22 as ip:port:user:pass' }))
    await waitFor(() =>
      expect(fake.callsTo('staticProxies.copy')).toEqual([
        { product: 'isp', ips: ['198.51.100.21', '198.51.100.20'], format: 'ip:port:user:pass' },
        { product: 'isp', ips: ['198.51.100.22'], format: 'ip:port:user:pass' },
      ]),
    )
  })

  it('picks every shown row from the header box, and copies only what the search shows', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.type(screen.getByRole('textbox', { name: 'Search IPs' }), 'Reno')
    expect(await shownIps()).toEqual(['198.51.100.22'])
    await user.click(screen.getByRole('button', { name: 'Copy 1 IP' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select every row shown' }))
    expect(screen.getByRole('button', { name: 'Copy 1 selected' })).toBeInTheDocument()
    await waitFor(() =>
      expect(fake.callsTo('staticProxies.copy')).toEqual([
        { product: 'isp', ips: ['198.51.100.22'], format: 'ip:port:user:pass' },
      ]),
    )
  })

  it('says why a copy failed, and copies nothing half', async () => {
    const { user, fake } = renderTab()
    fake.respond('staticProxies.copy', () =>
      fail(appError('not-found', '198.51.100.22 is no longer on your list. Reload the list and try again.')),
    )
    await table()
    await user.click(screen.getByRole('button', { name: 'Copy all 3' }))
    expect(await screen.findByText('Could not copy the proxies')).toBeInTheDocument()
    expect(screen.getByText('198.51.100.22 is no longer on your list. Reload the list and try again.')).toBeVisible()
  })

  it('exports what is shown, in its order, as a CSV made by main', async () => {
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:csv'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { user, fake } = renderTab()
    await table()
    await user.type(screen.getByRole('textbox', { name: 'Search IPs' }), '198.51.100.2')
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(click).toHaveBeenCalled())
    expect(fake.callsTo('staticProxies.csv')).toEqual([
      { product: 'isp', ips: ['198.51.100.21', '198.51.100.22', '198.51.100.20'] },
    ])
    const saved = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await created[0]?.arrayBuffer())
    expect(saved).toBe('\uFEFFIP\r\n198.51.100.21\r\n198.51.100.22\r\n198.51.100.20')
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('isp-proxies.csv')

    // With rows picked, the file holds only those (it carries their passwords): as copying does.
    await user.click(within(await rowOf('198.51.100.20')).getByRole('checkbox', { name: 'Select 198.51.100.20' }))
    await user.click(screen.getByRole('button', { name: 'Export 1 selected' }))
    await waitFor(() => expect(fake.callsTo('staticProxies.csv')).toHaveLength(2))
    expect(fake.callsTo('staticProxies.csv')[1]).toEqual({ product: 'isp', ips: ['198.51.100.20'] })
  })
})

describe('ISP & datacenter: expiration check', () => {
  it('starts from the selected IPs, refuses what is not an IP on the field, and answers per IP', async () => {
    const { user, fake } = renderTab()
    await user.click(within(await rowOf('198.51.100.20')).getByRole('checkbox', { name: 'Select 198.51.100.20' }))
    await user.click(screen.getByRole('button', { name: 'Check 1 selected…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Check expiration' })
    const field = within(dialog).getByRole('textbox', { name: 'IP addresses' })
    expect(field).toHaveValue('198.51.100.20')

    await user.type(field, ', 300.1.1.1 192.0.2.250{enter}198.51.100.21 198.51.100.20')
    expect(within(dialog).getByText('3 to check · 1 repeated: checked once')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Check 3 IPs' }))
    expect(field).toHaveAccessibleDescription(/Not an IP address: 300\.1\.1\.1/)
    expect(fake.callsTo('staticProxies.expirations')).toEqual([])

    await user.clear(field)
    await user.type(field, '198.51.100.20 192.0.2.250 198.51.100.21')
    await user.click(within(dialog).getByRole('button', { name: 'Check 3 IPs' }))
    const results = await within(dialog).findByRole('table', { name: 'Expiration of the IPs checked' })
    expect(fake.callsTo('staticProxies.expirations')).toEqual([
      { product: 'isp', ips: ['198.51.100.20', '192.0.2.250', '198.51.100.21'] },
    ])
    const resultRow = (ip: string) => within(results).getByText(ip).closest('tr') as HTMLElement
    expect(resultRow('198.51.100.20')).toHaveTextContent('20 days left')
    expect(resultRow('192.0.2.250')).toHaveTextContent('Not one of your ISP IPs')
    expect(resultRow('198.51.100.21')).toHaveTextContent('Expired')
    expect(within(dialog).getByText('2 found')).toBeInTheDocument()
    expect(within(dialog).getByText('1 not known to Thordata')).toBeInTheDocument()
  })

  it('keeps the pasted IPs when the check fails, and says why', async () => {
    const { user, fake } = renderTab()
    fake.respond('staticProxies.expirations', () =>
      fail(appError('rate-limit', 'Thordata asks to slow down. Wait a moment and try again.', { code: 10011 })),
    )
    await table()
    await user.click(screen.getByRole('button', { name: 'Check expiration…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Check expiration' })
    await user.type(within(dialog).getByRole('textbox', { name: 'IP addresses' }), '198.51.100.20')
    await user.click(within(dialog).getByRole('button', { name: 'Check 1 IP' }))
    expect(await within(dialog).findByText('Thordata asks to slow down. Wait a moment and try again.')).toBeVisible()
    expect(within(dialog).getByRole('textbox', { name: 'IP addresses' })).toHaveValue('198.51.100.20')
  })
})
