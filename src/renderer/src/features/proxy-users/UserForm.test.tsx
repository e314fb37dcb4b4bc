import { translateIssue } from '@renderer/lib/form'
import { proxyPassword, proxyUsername } from '@shared/domain/proxy-users'
import { appError } from '@shared/errors'
import { fail } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderView } from '../../test-utils/render'
import { crawler77, giveTableAViewport, proxyUsersBridge, shop01, shop02 } from './fixtures'
import ProxyUsersTab from './ProxyUsersTab'

giveTableAViewport()

const MB = 1024 ** 2

async function openForm(fake = proxyUsersBridge(), button = 'Add user') {
  const view = renderView(<ProxyUsersTab />, fake)
  await screen.findByRole('table', { name: 'Proxy users' })
  await view.user.click(screen.getByRole('button', { name: button }))
  const dialog = await screen.findByRole('dialog', {
    name: button === 'Add user' ? 'Add residential proxy user' : button,
  })
  const field = (label: string) => within(dialog).getByLabelText(label)
  return { ...view, dialog, field }
}

describe('Proxy users: adding', () => {
  it('adds a user with a limit in GB and shows the new row', async () => {
    const { user, fake, dialog, field } = await openForm()
    await user.type(field('Username'), 'newuser1')
    await user.type(field('Password'), 'Abc12345')
    await user.clear(field('Traffic limit'))
    await user.type(field('Traffic limit'), '2')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    await waitFor(() =>
      expect(fake.callsTo('proxyUsers.create')).toEqual([
        {
          product: 'residential',
          username: 'newuser1',
          password: 'Abc12345',
          trafficLimitBytes: 2048 * MB,
          enabled: true,
        },
      ]),
    )
    expect(await screen.findByRole('row', { name: /^newuser1 / })).toHaveTextContent('2.00 GB')
    expect(await screen.findByText('Added newuser1')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('checks every field with the shared rules before anything is sent', async () => {
    const { user, fake, dialog, field } = await openForm()
    await user.type(field('Username'), 'ab!')
    await user.type(field('Password'), '1short')
    await user.clear(field('Traffic limit'))
    await user.type(field('Traffic limit'), '50')
    await user.selectOptions(within(dialog).getByLabelText('Limit unit'), 'MB')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    const username = translateIssue(proxyUsername.safeParse('ab!').error?.issues[0].message as string)
    const password = translateIssue(proxyPassword.safeParse('1short').error?.issues[0].message as string)
    expect(field('Username')).toHaveAccessibleDescription(expect.stringContaining(username))
    expect(field('Password')).toHaveAccessibleDescription(expect.stringContaining(password))
    expect(field('Traffic limit')).toHaveAccessibleDescription(expect.stringContaining('at least 100 MB'))
    expect(fake.callsTo('proxyUsers.create')).toHaveLength(0)
    expect(dialog).toBeInTheDocument()
  })

  it('generates a 12-character password the rules accept, and shows it', async () => {
    const { user, dialog, field } = await openForm()
    await user.click(within(dialog).getByRole('button', { name: 'Generate' }))

    const password = field('Password') as HTMLInputElement
    expect(password.value).toHaveLength(12)
    expect(proxyPassword.safeParse(password.value).success).toBe(true)
    expect(password).toHaveAttribute('type', 'text')
  })

  it('puts a taken username (10018) under Username and keeps everything typed', async () => {
    const fake = proxyUsersBridge()
    fake.respond('proxyUsers.create', () =>
      fail(
        appError('conflict', 'That username is already taken. Choose another one.', { code: 10018, field: 'username' }),
      ),
    )
    const { user, dialog, field } = await openForm(fake)
    await user.type(field('Username'), 'shop01')
    await user.type(field('Password'), 'Abc12345')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    await waitFor(() =>
      expect(field('Username')).toHaveAccessibleDescription(expect.stringContaining('That username is already taken')),
    )
    expect(field('Username')).toHaveValue('shop01')
    expect(field('Password')).toHaveValue('Abc12345')
    expect(screen.getByRole('dialog', { name: 'Add residential proxy user' })).toBeInTheDocument()
  })

  it('shows the plan limit (10019) for the whole form', async () => {
    const fake = proxyUsersBridge()
    fake.respond('proxyUsers.create', () =>
      fail(appError('conflict', 'You have reached your plan’s limit of proxy users.', { code: 10019 })),
    )
    const { user, dialog, field } = await openForm(fake)
    await user.type(field('Username'), 'newuser1')
    await user.type(field('Password'), 'Abc12345')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You have reached your plan’s limit')
    expect(field('Username')).toHaveValue('newuser1')
  })
})

describe('Proxy users: editing', () => {
  it('changing only the password sends the unchanged limit and status with it', async () => {
    // Disabled and capped: an update that fell back to Thordata's defaults would enable it and lift the cap.
    const paused = { ...crawler77, username: 'paused01', enabled: false, trafficLimitBytes: 1536 * MB }
    const fake = proxyUsersBridge([shop01, paused])
    const { user, dialog, field } = await openForm(fake, 'Edit paused01')
    expect(field('Username')).toHaveValue('paused01')
    expect(field('Traffic limit')).toHaveValue('1.5')
    expect(field('Enabled')).not.toBeChecked()
    await user.clear(field('Password'))
    await user.type(field('Password'), 'Newpass42')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    await waitFor(() =>
      expect(fake.callsTo('proxyUsers.update')).toEqual([
        {
          product: 'residential',
          username: 'paused01',
          next: { username: 'paused01', password: 'Newpass42', trafficLimitBytes: 1536 * MB, enabled: false },
        },
      ]),
    )
    expect(await screen.findByText('Saved paused01')).toBeInTheDocument()
  })

  it('keeps a limit that is not a round number of MB exactly as stored', async () => {
    const odd = { ...shop02, username: 'oddcap01', trafficLimitBytes: 150 * MB + 512, enabled: true }
    const fake = proxyUsersBridge([odd])
    const { user, dialog, field } = await openForm(fake, 'Edit oddcap01')
    await user.clear(field('Password'))
    await user.type(field('Password'), 'Newpass42')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    await waitFor(() => expect(fake.callsTo('proxyUsers.update')[0]?.next.trafficLimitBytes).toBe(150 * MB + 512))
  })

  it('renames a user: the old name identifies it, the row follows at once', async () => {
    const fake = proxyUsersBridge()
    const { user, dialog, field } = await openForm(fake, 'Edit shop02')
    await user.clear(field('Username'))
    await user.type(field('Username'), 'store02')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    expect(await screen.findByRole('row', { name: /^store02 / })).toBeInTheDocument()
    expect(screen.queryByRole('row', { name: /^shop02 / })).not.toBeInTheDocument()
    expect(fake.callsTo('proxyUsers.update')[0]).toMatchObject({ username: 'shop02', next: { username: 'store02' } })
  })

  it('a rejected edit puts the row back, says so, and keeps the form open with the error', async () => {
    const fake = proxyUsersBridge()
    fake.respond('proxyUsers.update', () =>
      fail(appError('validation', 'Set a limit of at least 100 MB', { field: 'trafficLimitBytes' })),
    )
    const { user, dialog, field } = await openForm(fake, 'Edit shop02')
    // The reconciling refetch never answers, so the row can only be restored by the rollback.
    fake.respond('proxyUsers.list', () => new Promise(() => {}))
    await user.type(field('Traffic limit'), '5')
    await user.click(within(dialog).getByRole('button', { name: 'Save user' }))

    await waitFor(() =>
      expect(field('Traffic limit')).toHaveAccessibleDescription(expect.stringContaining('Set a limit of at least')),
    )
    expect(await screen.findByText('Could not save shop02')).toBeInTheDocument()
    expect(within(screen.getByRole('row', { name: /^shop02 / })).getByText('Unlimited')).toBeInTheDocument()
    expect(field('Traffic limit')).toHaveValue('5')
  })
})
