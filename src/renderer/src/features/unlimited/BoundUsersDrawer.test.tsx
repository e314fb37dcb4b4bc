import type { BoundUserList } from '@shared/domain/unlimited'
import { appError } from '@shared/errors'
import { fail, ok, type Result } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeBridge } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import { BoundUsersDrawer } from './BoundUsersDrawer'
import { server } from './OrderFixtures'

// The table virtualizes its rows: give it a viewport, as the proxy-users tests do.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600)
})
afterEach(() => vi.restoreAllMocks())

function boundBridge(initial: string[] = ['crawlfarm1', 'socialops']) {
  const fake = createFakeBridge()
  let users = initial.map((username) => ({ username, boundAt: '2026-11-02T10:30:00.000Z' }))
  const list = (): BoundUserList => ({ domain: server.planName, ip: '198.51.100.80', users })
  fake.respond('unlimited.boundUsers', () => ok(list()))
  fake.respond('proxyUsers.names', () =>
    ok(['crawlfarm1', 'socialops', 'adverify9'].map((username) => ({ username, enabled: true }))),
  )
  fake.respond('unlimited.bindUser', ({ username }) => {
    users = [...users, { username, boundAt: '2026-12-01T10:00:00.000Z' }]
    return ok(undefined)
  })
  fake.respond('unlimited.unbindUser', ({ username }) => {
    users = users.filter((u) => u.username !== username)
    return ok(undefined)
  })
  return fake
}

function open(fake = boundBridge()) {
  const view = renderView(<BoundUsersDrawer server={server} onClose={() => {}} />, fake)
  return { ...view, drawer: () => screen.getByRole('dialog', { name: `Users bound to ${server.planName}` }) }
}

const row = (name: string) => screen.queryByRole('row', { name: new RegExp(`^${name}\\b`) })

describe('Users bound to an unlimited server', () => {
  it('lists the bound users of the server, named by its domain', async () => {
    const { fake } = open()
    expect(await screen.findByRole('table', { name: `Users bound to ${server.planName}` })).toBeInTheDocument()
    expect(row('crawlfarm1')).toBeInTheDocument()
    expect(row('socialops')).toBeInTheDocument()
    expect(fake.callsTo('unlimited.boundUsers')).toEqual([{ server: server.planName }])
    expect(fake.callsTo('proxyUsers.names')).toEqual([{ product: 'unlimited' }])
  })

  it('offers only the unlimited users not bound yet, and adds the one picked', async () => {
    const { user, fake } = open()
    await screen.findByRole('table')
    await user.click(screen.getByRole('combobox', { name: 'Proxy user to add' }))
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['adverify9'])
    await user.click(screen.getByRole('option', { name: 'adverify9' }))
    await user.click(screen.getByRole('button', { name: 'Add user' }))
    expect(await screen.findByText(`Bound adverify9 to ${server.planName}`)).toBeInTheDocument()
    await waitFor(() => expect(row('adverify9')).toBeInTheDocument())
    expect(fake.callsTo('unlimited.bindUser')).toEqual([{ server: server.planName, username: 'adverify9' }])
  })

  it('a refused add keeps the pick and says why under the field', async () => {
    const fake = boundBridge()
    fake.respond('unlimited.bindUser', () =>
      fail(appError('validation', 'Thordata rejected one of the values sent.', { code: 10000, retryable: false })),
    )
    const { user } = open(fake)
    await screen.findByRole('table')
    await user.click(screen.getByRole('combobox', { name: 'Proxy user to add' }))
    await user.click(await screen.findByRole('option', { name: 'adverify9' }))
    await user.click(screen.getByRole('button', { name: 'Add user' }))
    expect(await screen.findByText('Thordata rejected one of the values sent.')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Proxy user to add' })).toHaveValue('adverify9')
    expect(row('adverify9')).not.toBeInTheDocument()
  })

  it('removes a user only after a confirmation that names it', async () => {
    const fake = boundBridge()
    let answer: (result: Result<void>) => void = () => {}
    fake.respond('unlimited.unbindUser', () => new Promise((resolve) => (answer = resolve)))
    const { user } = open(fake)
    await screen.findByRole('table')
    await user.click(screen.getByRole('button', { name: 'Remove crawlfarm1' }))
    const confirm = await screen.findByRole('dialog', { name: `Remove crawlfarm1 from ${server.planName}?` })
    expect(confirm).toHaveTextContent('crawlfarm1 can no longer use this server.')
    expect(fake.callsTo('unlimited.unbindUser')).toHaveLength(0)
    await user.click(within(confirm).getByRole('button', { name: 'Remove crawlfarm1' }))
    await waitFor(() => expect(row('crawlfarm1')).not.toBeInTheDocument())
    answer(ok(undefined))
    expect(await screen.findByText(`Removed crawlfarm1 from ${server.planName}`)).toBeInTheDocument()
    expect(fake.callsTo('unlimited.unbindUser')).toEqual([{ server: server.planName, username: 'crawlfarm1' }])
  })

  it('a refused removal brings the row back with the reason', async () => {
    const fake = boundBridge()
    fake.respond('unlimited.unbindUser', () => fail(appError('network', 'Thordata did not answer in time.')))
    const { user } = open(fake)
    await screen.findByRole('table')
    await user.click(screen.getByRole('button', { name: 'Remove socialops' }))
    const confirm = await screen.findByRole('dialog', { name: /Remove socialops/ })
    await user.click(within(confirm).getByRole('button', { name: 'Remove socialops' }))
    expect(await screen.findByText('Could not remove socialops')).toBeInTheDocument()
    expect(row('socialops')).toBeInTheDocument()
  })

  it('says so when nothing is bound, and when there is nobody to add', async () => {
    const fake = boundBridge([])
    fake.respond('proxyUsers.names', () => ok([]))
    open(fake)
    expect(await screen.findByText('No proxy users are bound to this server yet.')).toBeInTheDocument()
    expect(await screen.findByText(/has no proxy users yet/)).toBeInTheDocument()
  })
})
