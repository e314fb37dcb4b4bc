import { MASK } from '@renderer/ui/data-table'
import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderView } from '../../test-utils/render'
import { crawler77, giveTableAViewport, manyUsers, narrowTable, proxyUsersBridge, shop01, shop02 } from './fixtures'
import ProxyUsersTab from './ProxyUsersTab'

vi.mock('@mantine/charts', () => import('../../test-utils/chartsMock'))

giveTableAViewport()

const table = () => screen.findByRole('table', { name: 'Proxy users' })
const row = (username: string) => screen.getByRole('row', { name: new RegExp(`^${username} `) })
const usernames = () =>
  within(screen.getByRole('table', { name: 'Proxy users' }))
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-row-index'))
    .map((r) => within(r).getAllByRole('cell')[0].textContent)

describe('Proxy users: the list', () => {
  it('shows every user with the password masked, its status, and traffic in one unit per column', async () => {
    renderView(<ProxyUsersTab />, proxyUsersBridge())
    await table()

    expect(usernames()).toEqual(['shop01', 'shop02', 'crawler77'])
    expect(screen.getAllByText(MASK)).toHaveLength(3)
    expect(screen.queryByText(shop01.password)).not.toBeInTheDocument()
    // Limits up to 1.5 GB are all in GB, usage up to 300 MB all in MB: no column mixes units.
    expect(within(row('shop01')).getByText('1.00 GB')).toBeInTheDocument()
    expect(within(row('crawler77')).getByText('1.50 GB')).toBeInTheDocument()
    expect(within(row('shop01')).getByText('300.0 MB')).toBeInTheDocument()
    expect(within(row('crawler77')).getByText('0 MB')).toBeInTheDocument()
    expect(within(row('shop01')).getByText('Enabled')).toBeInTheDocument()
    expect(within(row('shop01')).getByRole('progressbar', { name: 'shop01 has used 29% of its limit' })).toBeVisible()
    expect(within(row('shop02')).getByText('Unlimited')).toBeInTheDocument()
    expect(within(row('shop02')).getByText('Disabled')).toBeInTheDocument()
    expect(within(row('shop02')).queryByRole('progressbar')).not.toBeInTheDocument()
    expect(screen.getByText('3 of 100 users · 97 left')).toBeInTheDocument()
  })

  it('reveals one password on request and hides it again', async () => {
    const { user } = renderView(<ProxyUsersTab />, proxyUsersBridge())
    await table()

    await user.click(screen.getByRole('button', { name: 'Show password for shop01' }))
    expect(within(row('shop01')).getByText('Pw123456')).toBeInTheDocument()
    expect(screen.queryByText(shop02.password)).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Hide password for shop01' }))
    expect(screen.queryByText('Pw123456')).not.toBeInTheDocument()
  })

  it('copies a password through main without showing it', async () => {
    const { user, fake } = renderView(<ProxyUsersTab />, proxyUsersBridge())
    await table()

    await user.click(screen.getByRole('button', { name: 'Copy password for shop02' }))
    expect(fake.callsTo('app.copyText')).toEqual([{ text: 'Secret789' }])
    expect(screen.queryByText('Secret789')).not.toBeInTheDocument()
  })

  it('narrows the rows to usernames containing what is typed', async () => {
    const { user } = renderView(<ProxyUsersTab />, proxyUsersBridge())
    await table()

    await user.type(screen.getByRole('textbox', { name: 'Search users' }), 'SHOP')
    await waitFor(() => expect(usernames()).toEqual(['shop01', 'shop02']))
    await user.type(screen.getByRole('textbox', { name: 'Search users' }), '02')
    await waitFor(() => expect(usernames()).toEqual(['shop02']))
    await user.type(screen.getByRole('textbox', { name: 'Search users' }), 'x')
    expect(await screen.findByText('No match for “SHOP02x”')).toBeInTheDocument()
    expect(screen.getByText('0 of 3')).toBeInTheDocument()
  })

  it('exports the users shown as CSV, in the columns’ units and without passwords', async () => {
    const files: { blob: Blob; name: string }[] = []
    const blobs = new Map<string, Blob>()
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.set(`blob:${blobs.size}`, blob)
      return `blob:${blobs.size - 1}`
    })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ blob: blobs.get(this.getAttribute('href') ?? '') as Blob, name: this.download })
    })
    const { user } = renderView(<ProxyUsersTab />, proxyUsersBridge())
    await table()

    await user.type(screen.getByRole('textbox', { name: 'Search users' }), 'shop')
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(files.map((file) => file.name)).toEqual(['proxy-users-residential.csv']))
    const text = new TextDecoder().decode(await files[0].blob.arrayBuffer())
    expect(text.split('\r\n')).toEqual([
      'Username,Status,Used,Traffic limit,Created',
      'shop01,Enabled,300.0 MB,1.00 GB,2026-04-02',
      'shop02,Disabled,5.0 MB,Unlimited,2026-04-03',
    ])
    expect(text).not.toContain(shop01.password)
  })

  it('keeps 10,000 users to a screenful of rows in the page, and still finds the last one', async () => {
    const { user } = renderView(<ProxyUsersTab />, proxyUsersBridge(manyUsers(10_000), 20_000))
    const users = await table()

    expect(users).toHaveAttribute('aria-rowcount', '10001')
    const rendered = within(users).getAllByRole('row').length
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(40)

    await user.type(screen.getByRole('textbox', { name: 'Search users' }), 'user09999')
    await waitFor(() => expect(usernames()).toEqual(['user09999']))
  })

  it('keeps a list per product', async () => {
    const { user, fake } = renderView(<ProxyUsersTab />, proxyUsersBridge())
    await table()

    await user.click(screen.getByRole('radio', { name: 'Unlimited' }))
    expect(await screen.findByText('No proxy users yet')).toBeInTheDocument()
    expect(fake.callsTo('proxyUsers.list')).toEqual([{ product: 'residential' }, { product: 'unlimited' }])
  })

  it('offers "Add user" from the empty state', async () => {
    const { user } = renderView(<ProxyUsersTab />, proxyUsersBridge([]))
    expect(await screen.findByText('No proxy users yet')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Add user' }))
    expect(await screen.findByRole('dialog', { name: 'Add residential proxy user' })).toBeInTheDocument()
  })

  it('disables "Add user" and says why when the plan allows no more users', async () => {
    renderView(<ProxyUsersTab />, proxyUsersBridge(undefined, 3))
    await table()

    expect(screen.getByText('3 of 3 users · 0 left')).toBeInTheDocument()
    const add = screen.getByRole('button', { name: 'Add user' })
    expect(add).toBeDisabled()
    expect(add).toHaveAccessibleDescription(expect.stringContaining('You have used every proxy user your plan allows'))
  })

  it('offers "Try again" when loading failed for a reason that may pass', async () => {
    const fake = proxyUsersBridge()
    fake.respond('proxyUsers.list', () => fail(appError('network', 'Thordata did not answer in time')))
    const { user } = renderView(<ProxyUsersTab />, fake)

    expect(await screen.findByText('Thordata did not answer in time')).toBeInTheDocument()
    fake.respond('proxyUsers.list', ({ product }) => ok(fake.listOf(product)))
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await table()).toBeInTheDocument()
  })

  it('offers no retry when repeating cannot help', async () => {
    const fake = proxyUsersBridge()
    fake.respond('proxyUsers.list', () => fail(appError('validation', 'Thordata refused the request', { code: 10001 })))
    renderView(<ProxyUsersTab />, fake)

    expect(await screen.findByText('Thordata refused the request')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('keeps the users on screen, dimmed, when a refresh fails', async () => {
    const fake = proxyUsersBridge()
    const { user } = renderView(<ProxyUsersTab />, fake)
    await table()

    fake.respond('proxyUsers.list', () => fail(appError('network', 'Thordata did not answer in time')))
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    expect(await screen.findByText(/Couldn't refresh/)).toBeInTheDocument()
    expect(row('shop01')).toBeInTheDocument()
    expect(screen.getByText('3 of 100 users · 97 left')).toBeInTheDocument()
  })

  it('in a narrow window keeps the username and every action, and moves the other columns into a detail', async () => {
    narrowTable(480)
    const { user } = renderView(<ProxyUsersTab />, proxyUsersBridge())
    await table()

    const headers = within(screen.getByRole('table', { name: 'Proxy users' }))
      .getAllByRole('columnheader')
      .map((header) => header.textContent)
    expect(headers).toContain('Username')
    expect(headers).not.toContain('Created')
    for (const name of ['shop01', 'shop02', 'crawler77']) {
      expect(screen.getByRole('button', { name: `Edit ${name}` })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: `Delete ${name}` })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: `Usage of ${name}` })).toBeInTheDocument()
    }
    await user.click(screen.getByRole('button', { name: `Show details: ${crawler77.username}` }))
    expect(screen.getByText('Created', { selector: 'dt' })).toBeInTheDocument()
  })

  it('shows a user’s daily usage for the last 30 days, with a chart and a table', async () => {
    const fake = proxyUsersBridge()
    fake.respond('proxyUsers.usage', ({ username, from, to }) =>
      ok({
        from,
        to,
        username,
        totalUsedBytes: 5 * 1024 ** 3,
        remainingBytes: 0,
        rangeUsedBytes: 300 * 1024 ** 2,
        trafficLimitBytes: shop01.trafficLimitBytes,
        days: [{ date: to, usedBytes: 300 * 1024 ** 2 }],
      }),
    )
    const { user } = renderView(<ProxyUsersTab />, fake)
    await table()

    await user.click(screen.getByRole('button', { name: 'Usage of shop01' }))
    const drawer = await screen.findByRole('dialog', { name: 'Usage of shop01' })
    const [request] = fake.callsTo('proxyUsers.usage')
    expect(request).toMatchObject({ product: 'residential', username: 'shop01' })

    const daily = await within(drawer).findByRole('table', { name: 'Daily usage of shop01' })
    expect(daily).toHaveAttribute('aria-rowcount', '31')
    // Newest first; every day in the unit of the busiest one.
    const [newest] = within(daily)
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-row-index'))
    expect(newest).toHaveTextContent('300.0 MB')
    expect(within(daily).getAllByText('0 MB').length).toBeGreaterThan(0)
    expect(await within(drawer).findByRole('figure', { name: 'Daily traffic of shop01' })).toBeInTheDocument()
    expect(within(drawer).getByText('5.00 GB')).toBeInTheDocument()
  })
})
