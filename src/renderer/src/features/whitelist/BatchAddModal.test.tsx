import type { BatchLineResult } from '@shared/domain/public-ip'
import { appError } from '@shared/errors'
import { fail, ok, type Result } from '@shared/ipc/result'
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderView } from '../../test-utils/render'
import WhitelistTab from './WhitelistTab'
import { giveTablesRoom, limitError, whitelistBridge } from './whitelist.fixture'

// Two of four slots are free, so the third valid address is refused with 10019.
const roomForTwo = () => whitelistBridge({ residential: 4, unlimited: 10, mobile: 5 })
const pasted = '203.0.113.50\nnot-an-ip, 203.0.113.50 2001:db8::9\n2001:DB8:0::9\n203.0.113.7\n192.0.2.61'

async function openBatch(setup = roomForTwo()) {
  const view = renderView(<WhitelistTab />, setup.fake)
  await screen.findByRole('table', { name: 'Whitelisted IPs' })
  await view.user.click(screen.getByRole('button', { name: 'Batch add…' }))
  const dialog = await screen.findByRole('dialog')
  const box = within(dialog).getByRole('textbox', { name: 'IP addresses' })
  return { ...view, dialog, box }
}

const line = (list: HTMLElement, text: string) => within(list).getByText(text).closest('li') as HTMLElement

beforeEach(() => giveTablesRoom())
afterEach(() => vi.restoreAllMocks())

describe('Whitelist: batch add', () => {
  it('previews each address before anything is sent', async () => {
    const { user, fake, dialog, box } = await openBatch()
    await user.click(box)
    await user.paste(pasted)

    const preview = within(dialog).getByRole('list', { name: 'Preview' })
    expect(within(preview).getAllByRole('listitem')).toHaveLength(7)
    expect(line(preview, 'not-an-ip')).toHaveTextContent('Not an IP address')
    expect(within(preview).getAllByText('203.0.113.50')[1].closest('li')).toHaveTextContent('Repeated')
    expect(line(preview, '2001:DB8:0::9')).toHaveTextContent('Repeated')
    expect(line(preview, '203.0.113.7')).toHaveTextContent('Already on the whitelist')
    expect(line(preview, '192.0.2.61')).toHaveTextContent('Ready to add')
    expect(within(dialog).getByText(/Only 2 slots left/)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Add 3 addresses' })).toBeEnabled()
    expect(fake.callsTo('whitelist.addMany')).toHaveLength(0)
  })

  it('sends the valid addresses once in one call, reports each line and keeps the failed ones', async () => {
    const { user, fake, dialog, box } = await openBatch()
    await user.click(box)
    await user.paste(pasted)
    await user.click(within(dialog).getByRole('button', { name: 'Add 3 addresses' }))

    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(fake.callsTo('whitelist.addMany')).toEqual([
      { product: 'residential', ips: ['203.0.113.50', '2001:db8::9', '192.0.2.61'], batchId: expect.any(String) },
    ])
    expect(fake.callsTo('whitelist.add')).toHaveLength(0)
    expect(within(results).getAllByText('203.0.113.50')[0].closest('li')).toHaveTextContent('Added')
    expect(line(results, '2001:db8::9')).toHaveTextContent('Added')
    expect(line(results, '192.0.2.61')).toHaveTextContent(limitError.message)
    expect(line(results, 'not-an-ip')).toHaveTextContent('Not an IP address, not sent')
    expect(box).toHaveValue('not-an-ip\n192.0.2.61')
    expect(await screen.findByText('2 addresses added, 1 not added')).toBeInTheDocument()

    const table = screen.getByRole('table', { name: 'Whitelisted IPs' })
    expect(await within(table).findByText('203.0.113.50')).toBeInTheDocument()
    expect(within(table).getByText('2001:db8::9')).toBeInTheDocument()
    expect(screen.getByText('4 of 4 IPs · 0 left')).toBeInTheDocument()
  })

  it('goes back to the preview when the kept lines are edited', async () => {
    const { user, dialog, box } = await openBatch()
    await user.click(box)
    await user.paste(pasted)
    await user.click(within(dialog).getByRole('button', { name: 'Add 3 addresses' }))
    await within(dialog).findByRole('list', { name: 'Results' })

    await user.clear(box)
    await user.type(box, '192.0.2.62')
    expect(within(dialog).queryByRole('list', { name: 'Results' })).not.toBeInTheDocument()
    expect(line(within(dialog).getByRole('list', { name: 'Preview' }), '192.0.2.62')).toHaveTextContent('Ready to add')
    expect(within(dialog).getByRole('button', { name: 'Add 1 address' })).toBeEnabled()
  })

  it('keeps everything pasted when the call itself fails', async () => {
    const setup = roomForTwo()
    setup.fake.respond('whitelist.addMany', () => fail(appError('network', 'Could not reach Thordata.')))
    const { user, dialog, box } = await openBatch(setup)
    await user.click(box)
    await user.paste('192.0.2.61, 192.0.2.62')
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 addresses' }))

    expect(await within(dialog).findByText('Could not reach Thordata.')).toBeInTheDocument()
    expect(box).toHaveValue('192.0.2.61, 192.0.2.62')
    expect(within(dialog).getByRole('list', { name: 'Preview' })).toBeInTheDocument()
  })

  it('sends nothing when no line is an address', async () => {
    const { user, fake, dialog, box } = await openBatch()
    await user.click(box)
    await user.paste('hello world')
    const send = within(dialog).getByRole('button', { name: 'Add 0 addresses' })
    expect(send).toBeDisabled()
    await user.click(send)
    await waitFor(() => expect(fake.callsTo('whitelist.addMany')).toHaveLength(0))
  })

  it('shows how many are sent, and the wait while Thordata asks to slow down', async () => {
    const setup = roomForTwo()
    let finish = () => {}
    setup.fake.respond(
      'whitelist.addMany',
      ({ ips }) =>
        new Promise<Result<BatchLineResult[]>>((resolve) => {
          finish = () => resolve(ok(ips.map((ip) => ({ ip, ok: true }))))
        }),
    )
    const { user, fake, dialog, box } = await openBatch(setup)
    await user.click(box)
    await user.paste('192.0.2.61, 192.0.2.62')
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 addresses' }))

    const batchId = fake.callsTo('whitelist.addMany')[0].batchId as string
    expect(batchId).toBeTruthy()
    expect(await within(dialog).findByText('0 of 2 sent')).toBeInTheDocument()
    act(() => fake.emit('whitelist.batchProgress', { batchId, sent: 1, total: 2 }))
    expect(within(dialog).getByText('1 of 2 sent')).toBeInTheDocument()
    expect(within(dialog).getByRole('progressbar', { name: 'Batch progress' })).toHaveAttribute('aria-valuenow', '50')
    act(() => fake.emit('whitelist.batchProgress', { batchId, sent: 1, total: 2, waitingMs: 2_000 }))
    expect(within(dialog).getByText('1 of 2 sent · Waiting 2 s for Thordata…')).toBeInTheDocument()
    // Another batch's report is not this one's.
    act(() => fake.emit('whitelist.batchProgress', { batchId: 'someone-else', sent: 7, total: 9 }))
    expect(within(dialog).getByText('1 of 2 sent · Waiting 2 s for Thordata…')).toBeInTheDocument()
    expect(within(dialog).queryByRole('list', { name: 'Preview' })).not.toBeInTheDocument()

    act(() => fake.emit('whitelist.batchProgress', { batchId, sent: 2, total: 2 }))
    act(() => finish())
    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(line(results, '192.0.2.62')).toHaveTextContent('Added')
    expect(within(dialog).queryByRole('progressbar', { name: 'Batch progress' })).not.toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Done' })).toBeInTheDocument()
  })

  it('cancel stops the batch: what was sent is added, the rest stays in the box, marked not sent', async () => {
    const setup = whitelistBridge()
    let stop = (_: string) => {}
    setup.fake.respond(
      'whitelist.addMany',
      ({ ips }) =>
        new Promise<Result<BatchLineResult[]>>((resolve) => {
          stop = (ip) => {
            const notSent = appError('conflict', 'Not sent: the batch was cancelled.')
            resolve(
              ok(
                ips.map((each): BatchLineResult => {
                  if (each === ip) {
                    setup.lists.residential.push({ ip, enabled: true, createdOn: '2026-01-15' })
                    return { ip, ok: true }
                  }
                  return { ip: each, ok: false, outcome: 'not-sent', error: notSent }
                }),
              ),
            )
          }
        }),
    )
    setup.fake.respond('whitelist.cancelBatch', () => {
      stop('192.0.2.61')
      return ok(undefined)
    })
    const { user, fake, dialog, box } = await openBatch(setup)
    await user.click(box)
    await user.paste('192.0.2.61 192.0.2.62 192.0.2.63')
    await user.click(within(dialog).getByRole('button', { name: 'Add 3 addresses' }))
    const batchId = fake.callsTo('whitelist.addMany')[0].batchId as string
    act(() => fake.emit('whitelist.batchProgress', { batchId, sent: 1, total: 3 }))
    expect(within(dialog).getByText('1 of 3 sent')).toBeInTheDocument()
    // While it runs, the way out is Cancel, which stops the batch rather than hiding it.
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog')).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(fake.callsTo('whitelist.cancelBatch')).toEqual([{ batchId }])
    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(line(results, '192.0.2.61')).toHaveTextContent('Added')
    expect(line(results, '192.0.2.62')).toHaveTextContent('Not sent: the batch was cancelled.')
    expect(line(results, '192.0.2.63')).toHaveTextContent('Not sent')
    expect(within(dialog).getByText(/1 address added · 2 not sent/)).toBeInTheDocument()
    expect(box).toHaveValue('192.0.2.62\n192.0.2.63')
    expect(await screen.findByText('1 address added, 2 not sent')).toBeInTheDocument()
    expect(await within(screen.getByRole('table', { name: 'Whitelisted IPs' })).findByText('192.0.2.61')).toBeVisible()
  })

  it('marks an address whose answer was lost as one to check, and does not put it back to send again', async () => {
    const setup = whitelistBridge()
    const lost = appError(
      'network',
      'Thordata did not answer within 15 s. It may or may not have been added: check the list before adding it again.',
      { retryable: false },
    )
    setup.fake.respond('whitelist.addMany', ({ ips }) =>
      ok(ips.map((ip): BatchLineResult => ({ ip, ok: false, outcome: 'unknown', error: lost }))),
    )
    const { user, dialog, box } = await openBatch(setup)
    await user.click(box)
    await user.paste('192.0.2.61')
    await user.click(within(dialog).getByRole('button', { name: 'Add 1 address' }))
    const results = await within(dialog).findByRole('list', { name: 'Results' })
    expect(line(results, '192.0.2.61')).toHaveTextContent('may or may not have been added')
    expect(within(dialog).getByText('0 addresses added · 1 to check on the list')).toBeInTheDocument()
    expect(box).toHaveValue('')
  })
})
