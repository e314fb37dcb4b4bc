import { appError } from '@shared/errors'
import { fail, type Result } from '@shared/ipc/result'
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderView } from '../../test-utils/render'
import WhitelistTab from './WhitelistTab'
import { duplicateError, giveTablesRoom, limitError, whitelistBridge } from './whitelist.fixture'

function renderTab(setup = whitelistBridge()) {
  return { ...renderView(<WhitelistTab />, setup.fake), lists: setup.lists }
}

const table = () => screen.findByRole('table', { name: 'Whitelisted IPs' })
const ipField = () => screen.getByRole('textbox', { name: 'IP address' })
const row = async (ip: string) => (await within(await table()).findByText(ip)).closest('tr') as HTMLElement

beforeEach(() => giveTablesRoom())
afterEach(() => vi.restoreAllMocks())

describe('Whitelist: the list', () => {
  it('shows each IP with its status, date and copy button, and the plan quota', async () => {
    const { user, fake } = renderTab()
    const first = await row('203.0.113.7')
    expect(within(first).getByText('Enabled')).toBeInTheDocument()
    expect(within(first).getByText('Mar 10, 2025')).toBeInTheDocument()
    expect(within(await row('198.51.100.4')).getByText('Disabled')).toBeInTheDocument()
    expect(screen.getByText('2 of 20 IPs · 18 left')).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: 'Whitelist quota' })).toHaveAttribute('aria-valuenow', '10')

    await user.click(within(first).getByRole('button', { name: 'Copy 203.0.113.7' }))
    expect(fake.callsTo('app.copyText')).toEqual([{ text: '203.0.113.7' }])
  })

  it('loads the list of the product chosen', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.click(screen.getByText('Unlimited'))
    expect(await row('192.0.2.10')).toBeInTheDocument()
    expect(screen.queryByText('203.0.113.7')).not.toBeInTheDocument()
    expect(screen.getByText('1 of 10 IPs · 9 left')).toBeInTheDocument()
    expect(fake.callsTo('whitelist.list')).toEqual([{ product: 'residential' }, { product: 'unlimited' }])
  })

  it('filters the rows as the user types', async () => {
    const { user } = renderTab()
    await table()
    await user.type(screen.getByRole('textbox', { name: 'Search IPs' }), '198.51')
    expect(within(await table()).getAllByRole('row')).toHaveLength(2)
    expect(screen.getByText('198.51.100.4')).toBeInTheDocument()
    expect(screen.getByText('1 of 2')).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Search IPs' }), '.99')
    expect(screen.getByText('No match for “198.51.99”')).toBeInTheDocument()
  })

  it('says when a product has no whitelisted IP yet', async () => {
    const { user } = renderTab()
    await table()
    await user.click(screen.getByText('Mobile'))
    expect(await screen.findByText('No whitelisted IPs yet')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('offers Try again when loading failed in a way that can pass, and it reloads', async () => {
    const setup = whitelistBridge()
    setup.fake.respond('whitelist.list', () => fail(appError('network', 'Thordata did not answer within 20 s.')))
    const { user, fake } = renderTab(setup)
    expect(await screen.findByText('Thordata did not answer within 20 s.')).toBeInTheDocument()
    fake.respond('whitelist.list', setup.answers['whitelist.list'])
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await row('203.0.113.7')).toBeInTheDocument()
  })

  it('disables adding, and says why, when the plan has no slot left', async () => {
    renderTab(whitelistBridge({ residential: 2, unlimited: 10, mobile: 5 }))
    expect(await screen.findByText('2 of 2 IPs · 0 left')).toBeInTheDocument()
    for (const name of ['Add IP', 'Add my current IP', 'Batch add…']) {
      const button = screen.getByRole('button', { name })
      expect(button).toBeDisabled()
      expect(button).toHaveAccessibleDescription(/all are in use\. Remove one from the list before adding another/)
    }
  })

  it('during an outage shows one alert, no endless placeholder, and no way to add until the list is back', async () => {
    const setup = whitelistBridge()
    setup.fake.respond('whitelist.list', () => fail(appError('network', 'Thordata did not answer within 20 s.')))
    const { user, fake } = renderTab(setup)
    expect(await screen.findByText('Thordata did not answer within 20 s.')).toBeInTheDocument()
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.queryByLabelText('Loading whitelisted IPs')).not.toBeInTheDocument()
    for (const name of ['Add IP', 'Add my current IP', 'Batch add…']) {
      const button = screen.getByRole('button', { name })
      expect(button).toBeDisabled()
      expect(button).toHaveAccessibleDescription('Adding is paused while the list cannot be read.')
    }
    await user.type(ipField(), '192.0.2.44{Enter}')
    expect(fake.callsTo('whitelist.add')).toHaveLength(0)

    fake.respond('whitelist.list', setup.answers['whitelist.list'])
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('2 of 20 IPs · 18 left')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Add IP' })).toBeEnabled()
  })

  it('a failed refresh keeps the list, dimmed, and says so', async () => {
    const setup = whitelistBridge()
    const { user, fake } = renderTab(setup)
    await row('203.0.113.7')
    fake.respond('whitelist.list', () => fail(appError('network', 'Thordata did not answer within 20 s.')))
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    expect(await screen.findByText(/Couldn't refresh/)).toBeInTheDocument()
    expect(within(await table()).getByText('203.0.113.7')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Add IP' })).toBeDisabled()
  })

  it('sorts by a column and exports what is shown as CSV', async () => {
    const saved: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob)
      return 'blob:test/0'
    })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user } = renderTab()
    await row('203.0.113.7')
    await user.click(screen.getByRole('button', { name: /^Added/ }))
    const ips = () =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((tr) => tr.textContent)
    expect(ips()[0]).toContain('203.0.113.7')
    await user.click(screen.getByRole('button', { name: /^Added/ }))
    expect(ips()[0]).toContain('198.51.100.4')

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0].arrayBuffer())
    expect(csv).toBe('\uFEFFIP,Status,Added\r\n198.51.100.4,Disabled,2025-04-02\r\n203.0.113.7,Enabled,2025-03-10')
  })
})

describe('Whitelist: adding one IP', () => {
  it('puts an invalid address on the field without calling main', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.type(ipField(), '203.0.113.300')
    await user.click(screen.getByRole('button', { name: 'Add IP' }))
    expect(ipField()).toHaveAccessibleDescription('Enter an IPv4 address such as 203.0.113.7, or an IPv6 address')
    expect(fake.callsTo('whitelist.add')).toHaveLength(0)
  })

  it('adds to the chosen product, shows the new row and clears the field', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.click(screen.getByText('Unlimited'))
    await row('192.0.2.10')
    // The reconciling reload never answers, so the new row must come from the add itself.
    fake.respond('whitelist.list', () => new Promise(() => {}))
    await user.type(ipField(), ' 2001:db8::5 ')
    await user.click(screen.getByRole('switch', { name: 'Enabled' }))
    await user.click(screen.getByRole('button', { name: 'Add IP' }))

    expect(fake.callsTo('whitelist.add')).toEqual([{ product: 'unlimited', ip: '2001:db8::5', enabled: false }])
    const added = await row('2001:db8::5')
    expect(within(added).getByText('Disabled')).toBeInTheDocument()
    // The new row is marked for a moment, so the eye finds it.
    expect(added).toHaveAttribute('data-highlighted', 'true')
    expect(await screen.findByText('2001:db8::5 added to the whitelist')).toBeInTheDocument()
    expect(screen.getByText('2 of 10 IPs · 8 left')).toBeInTheDocument()
    expect(ipField()).toHaveValue('')
  })

  it('says an address is already listed without sending it', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.type(ipField(), '203.0.113.7')
    await user.click(screen.getByRole('button', { name: 'Add IP' }))
    expect(ipField()).toHaveAccessibleDescription('203.0.113.7 is already on the whitelist')
    expect(fake.callsTo('whitelist.add')).toHaveLength(0)
  })

  it('keeps the typed address when Thordata rejects it, with the reason on the field', async () => {
    const setup = whitelistBridge()
    setup.fake.respond('whitelist.add', () => fail(duplicateError))
    const { user, fake } = renderTab(setup)
    await table()
    await user.type(ipField(), '192.0.2.44')
    await user.click(screen.getByRole('button', { name: 'Add IP' }))

    await waitFor(() => expect(ipField()).toHaveAccessibleDescription(duplicateError.message))
    expect(ipField()).toHaveValue('192.0.2.44')
    expect(fake.callsTo('whitelist.add')).toHaveLength(1)
  })

  it('shows the plan limit as an alert and keeps the typed address', async () => {
    const setup = whitelistBridge()
    setup.fake.respond('whitelist.add', () => fail(limitError))
    const { user } = renderTab(setup)
    await table()
    await user.type(ipField(), '192.0.2.44')
    await user.click(screen.getByRole('button', { name: 'Add IP' }))

    const alert = (await screen.findByText(limitError.message)).closest('[role="alert"]')
    expect(alert).toHaveTextContent('That clashes with something that already exists')
    expect(ipField()).toHaveValue('192.0.2.44')
  })
})

describe('Whitelist: deleting', () => {
  it('asks first, naming the IP and what it loses, then removes the row', async () => {
    const { user, fake } = renderTab()
    await user.click(within(await row('203.0.113.7')).getByRole('button', { name: 'Delete 203.0.113.7' }))

    const dialog = await screen.findByRole('dialog', { name: 'Remove 203.0.113.7 from the whitelist?' })
    expect(dialog).toHaveTextContent(/will lose password-free access to your Residential proxies/)
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus())
    expect(fake.callsTo('whitelist.delete')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Remove 203.0.113.7' }))

    expect(fake.callsTo('whitelist.delete')).toEqual([{ product: 'residential', ip: '203.0.113.7' }])
    await waitFor(() => expect(screen.queryByText('203.0.113.7')).not.toBeInTheDocument())
    expect(screen.getByText('1 of 20 IPs · 19 left')).toBeInTheDocument()
  })

  it('removes the row at once and puts it back, saying why in the dialog, when the delete fails', async () => {
    const setup = whitelistBridge()
    let answer: (result: Result<void>) => void = () => {}
    setup.fake.respond('whitelist.delete', () => new Promise((resolve) => (answer = resolve)))
    const { user } = renderTab(setup)
    await user.click(within(await row('203.0.113.7')).getByRole('button', { name: 'Delete 203.0.113.7' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Remove 203.0.113.7' }))

    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('203.0.113.7')).not.toBeInTheDocument())
    // The reconciling reload never answers, so only the rollback can bring the row back.
    setup.fake.respond('whitelist.list', () => new Promise(() => {}))
    act(() => answer(fail(appError('network', 'The connection to Thordata was interrupted.', { retryable: false }))))

    expect(await within(dialog).findByText('The connection to Thordata was interrupted.')).toBeInTheDocument()
    const rows = within(await table()).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('203.0.113.7')
    expect(screen.getByText('2 of 20 IPs · 18 left')).toBeInTheDocument()
  })

  it('keeps the row when the user cancels', async () => {
    const { user, fake } = renderTab()
    await user.click(within(await row('198.51.100.4')).getByRole('button', { name: 'Delete 198.51.100.4' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByText('198.51.100.4')).toBeInTheDocument()
    expect(fake.callsTo('whitelist.delete')).toHaveLength(0)
  })
})
