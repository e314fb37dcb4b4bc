import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderView } from '../../test-utils/render'
import WhitelistTab from './WhitelistTab'
import { giveTablesRoom, myIp, whitelistBridge } from './whitelist.fixture'

function renderTab(setup = whitelistBridge()) {
  return renderView(<WhitelistTab />, setup.fake)
}

const table = () => screen.findByRole('table', { name: 'Whitelisted IPs' })

beforeEach(() => giveTablesRoom())
afterEach(() => vi.restoreAllMocks())

describe('Whitelist: Add my current IP', () => {
  it('shows the address it found and where from, then adds exactly that address', async () => {
    const { user, fake } = renderTab()
    await table()
    await user.click(screen.getByRole('button', { name: 'Add my current IP' }))

    expect(await screen.findByText('Your public IP is 198.51.100.77 (via api.ipify.org)')).toBeInTheDocument()
    expect(fake.callsTo('whitelist.add')).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: `Add ${myIp.ip}` }))

    expect(fake.callsTo('whitelist.add')).toEqual([{ product: 'residential', ip: myIp.ip, enabled: true }])
    expect(await within(await table()).findByText(myIp.ip)).toBeInTheDocument()
    expect(screen.getByText(`${myIp.ip} is now on the whitelist.`)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: `Add ${myIp.ip}` })).not.toBeInTheDocument()
  })

  it('says the address is already listed instead of sending it', async () => {
    const setup = whitelistBridge()
    setup.fake.respond('whitelist.publicIp', () => ok({ ip: '203.0.113.7', source: 'ifconfig.co' }))
    const { user, fake } = renderTab(setup)
    await table()
    await user.click(screen.getByRole('button', { name: 'Add my current IP' }))

    expect(await screen.findByText('Your public IP is 203.0.113.7 (via ifconfig.co)')).toBeInTheDocument()
    expect(screen.getByText('203.0.113.7 is already on the whitelist, so there is nothing to add.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add 203.0.113.7' })).not.toBeInTheDocument()
    expect(fake.callsTo('whitelist.add')).toHaveLength(0)
  })

  it('shows why a lookup failed, and looks again on Try again', async () => {
    const setup = whitelistBridge()
    const why = 'Could not look up your public IP: api.ipify.org did not answer within 8 s.'
    setup.fake.respond('whitelist.publicIp', () => fail(appError('network', why, { field: 'publicIp' })))
    const { user, fake } = renderTab(setup)
    await table()
    await user.click(screen.getByRole('button', { name: 'Add my current IP' }))

    const alert = (await screen.findByText(why)).closest('[role="alert"]') as HTMLElement
    expect(alert).toHaveTextContent('Could not look up your public IP')
    fake.respond('whitelist.publicIp', setup.answers['whitelist.publicIp'])
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))

    expect(await screen.findByText('Your public IP is 198.51.100.77 (via api.ipify.org)')).toBeInTheDocument()
    expect(screen.queryByText(why)).not.toBeInTheDocument()
    expect(fake.callsTo('whitelist.add')).toHaveLength(0)
  })
})
