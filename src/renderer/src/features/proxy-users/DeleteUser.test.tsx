import { appError } from '@shared/errors'
import { fail, ok, type Result } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderView } from '../../test-utils/render'
import { giveTableAViewport, proxyUsersBridge } from './fixtures'
import ProxyUsersTab from './ProxyUsersTab'

giveTableAViewport()

const row = (username: string) => screen.queryByRole('row', { name: new RegExp(`^${username} `) })

async function askToDelete(fake = proxyUsersBridge()) {
  const view = renderView(<ProxyUsersTab />, fake)
  await screen.findByRole('table', { name: 'Proxy users' })
  await view.user.click(screen.getByRole('button', { name: 'Delete shop01' }))
  const dialog = await screen.findByRole('dialog', { name: 'Delete proxy user shop01?' })
  return { ...view, dialog }
}

describe('Proxy users: deleting', () => {
  it('asks first, naming the user and what deleting means, with Cancel focused', async () => {
    const { user, fake, dialog } = await askToDelete()
    expect(dialog).toHaveTextContent(/Proxy logins as shop01 will stop working/)
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus())

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(row('shop01')).toBeInTheDocument()
    expect(fake.callsTo('proxyUsers.delete')).toHaveLength(0)
  })

  it('removes the row as soon as the deletion is confirmed', async () => {
    const fake = proxyUsersBridge()
    let answer: (result: Result<void>) => void = () => {}
    fake.respond('proxyUsers.delete', () => new Promise((resolve) => (answer = resolve)))
    const { user, dialog } = await askToDelete(fake)
    await user.click(within(dialog).getByRole('button', { name: 'Delete shop01' }))

    await waitFor(() => expect(row('shop01')).not.toBeInTheDocument())
    expect(screen.getByText('2 of 100 users · 98 left')).toBeInTheDocument()
    expect(fake.callsTo('proxyUsers.delete')).toEqual([{ product: 'residential', username: 'shop01' }])

    fake.setUsers(
      'residential',
      fake.listOf('residential').users.filter((u) => u.username !== 'shop01'),
    )
    answer(ok(undefined))
    expect(await screen.findByText('Deleted shop01')).toBeInTheDocument()
    expect(row('shop01')).not.toBeInTheDocument()
    expect(row('shop02')).toBeInTheDocument()
  })

  it('puts the row back and says why when Thordata refuses', async () => {
    const fake = proxyUsersBridge()
    let answer: (result: Result<void>) => void = () => {}
    fake.respond('proxyUsers.delete', () => new Promise((resolve) => (answer = resolve)))
    const { user, dialog } = await askToDelete(fake)
    await user.click(within(dialog).getByRole('button', { name: 'Delete shop01' }))
    await waitFor(() => expect(row('shop01')).not.toBeInTheDocument())
    // The reconciling refetch never answers, so the row can only come back from the rollback.
    fake.respond('proxyUsers.list', () => new Promise(() => {}))

    answer(fail(appError('server', 'Thordata had an internal error')))
    expect(await screen.findByText('Could not delete shop01')).toBeInTheDocument()
    expect(screen.getAllByText('Thordata had an internal error')).toHaveLength(1)
    expect(row('shop01')).toBeInTheDocument()
    expect(screen.getByText('3 of 100 users · 97 left')).toBeInTheDocument()
  })
})
