import { ipAddress } from '@shared/domain/whitelist'
import { appError } from '@shared/errors'
import { fail, type Result } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderView } from '../../test-utils/render'
import WhitelistTab from './WhitelistTab'
import { duplicateError, limitError, whitelistBridge } from './whitelist.fixture'

function renderTab(setup = whitelistBridge()) {
  return { ...renderView(<WhitelistTab />, setup.fake), lists: setup.lists }
}

const table = () => screen.findByRole('table', { name: 'Whitelisted IPs' })
const ipField = () => screen.getByRole('textbox', { name: 'IP address' })
const row = async (ip: string) => (await within(await table()).findByText(ip)).closest('tr') as HTMLElement

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
    await user.type(screen.getByRole('textbox', { name: 'Search IPs' }), '.99')
    expect(screen.getByText('No whitelisted IP matches “198.51.99”')).toBeInTheDocument()
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
    for (const name of ['Add IP', 'Add my current IP', 'Batch add']) {
      const button = screen.getByRole('button', { name })
      expect(button).toBeDisabled()
      expect(button).toHaveAccessibleDescription(/all are in use\. Remove an IP below before adding another/)
    }
  })
})

describe('Whitelist: adding one IP', () => {
  it('puts an invalid address on the field without calling main', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.type(ipField(), '203.0.113.300')
    await user.click(screen.getByRole('button', { name: 'Add IP' }))
    const message = ipAddress.safeParse('203.0.113.300').error?.issues[0].message as string
    expect(message).toBeTruthy()
    expect(ipField()).toHaveAccessibleDescription(message)
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
    expect(within(await row('2001:db8::5')).getByText('Disabled')).toBeInTheDocument()
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

    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('Remove 203.0.113.7 from the whitelist?')).toBeInTheDocument()
    expect(dialog).toHaveTextContent(/will lose password-free access to your residential proxies/)
    expect(fake.callsTo('whitelist.delete')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Remove 203.0.113.7' }))

    expect(fake.callsTo('whitelist.delete')).toEqual([{ product: 'residential', ip: '203.0.113.7' }])
    await waitFor(() => expect(screen.queryByText('203.0.113.7')).not.toBeInTheDocument())
    expect(screen.getByText('1 of 20 IPs · 19 left')).toBeInTheDocument()
  })

  it('removes the row at once and puts it back, with a notice, when the delete fails', async () => {
    const setup = whitelistBridge()
    let answer: (result: Result<void>) => void = () => {}
    setup.fake.respond('whitelist.delete', () => new Promise((resolve) => (answer = resolve)))
    const { user } = renderTab(setup)
    await user.click(within(await row('203.0.113.7')).getByRole('button', { name: 'Delete 203.0.113.7' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove 203.0.113.7' }))

    await waitFor(() => expect(screen.queryByText('203.0.113.7')).not.toBeInTheDocument())
    // The reconciling reload never answers, so only the rollback can bring the row back.
    setup.fake.respond('whitelist.list', () => new Promise(() => {}))
    answer(fail(appError('network', 'The connection to Thordata was interrupted.', { retryable: false })))

    expect(await screen.findByText('Could not remove 203.0.113.7')).toBeInTheDocument()
    expect(screen.getByText('The connection to Thordata was interrupted.')).toBeInTheDocument()
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
