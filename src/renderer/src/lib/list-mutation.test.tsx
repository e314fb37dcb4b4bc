import { channelQuery } from '@renderer/lib/queries'
import { createFakeBridge } from '@renderer/test-utils/fakeBridge'
import { renderView } from '@renderer/test-utils/render'
import type { Whitelist, WhitelistEntry } from '@shared/domain/whitelist'
import { appError } from '@shared/errors'
import { fail, ok, type Result } from '@shared/ipc/result'
import { useQuery } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useListMutation } from './list-mutation'
import { applyPatch, revertPatch } from './list-patch'

const entry = (ip: string): WhitelistEntry => ({ ip, enabled: true, createdOn: '2026-11-01' })
const list = (ips: string[]): Whitelist => ({
  ipCount: ips.length,
  limit: 10,
  remainingLimit: 10 - ips.length,
  entries: ips.map(entry),
})

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((res) => {
    resolve = res
  })
  return { promise, resolve }
}

function Ips() {
  const query = useQuery(channelQuery('whitelist.list', { product: 'residential' }))
  const remove = useListMutation({
    channel: 'whitelist.delete',
    listKey: ({ product }) => channelQuery('whitelist.list', { product }).queryKey,
    items: (whitelist: Whitelist) => whitelist.entries,
    withItems: (whitelist, entries, delta) => ({
      ...whitelist,
      entries,
      ipCount: whitelist.ipCount + delta,
      remainingLimit: whitelist.remainingLimit - delta,
    }),
    keyOf: (item: WhitelistEntry) => item.ip,
    patch: ({ ip }) => ({ type: 'remove', key: ip }),
    failureTitle: ({ ip }) => `Could not remove ${ip}`,
  })
  if (!query.data) return null
  return (
    <>
      <p>{`${query.data.ipCount} of ${query.data.limit}`}</p>
      <ul aria-label="IPs">
        {query.data.entries.map((item) => (
          <li key={item.ip}>
            {item.ip}
            <button type="button" onClick={() => remove.mutate({ product: 'residential', ip: item.ip })}>
              {`Remove ${item.ip}`}
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}

function setup(deleteAnswers: Array<Promise<Result<void>>>) {
  const fake = createFakeBridge()
  let current = list(['203.0.113.7', '198.51.100.4', '192.0.2.1'])
  fake.respond('whitelist.list', () => ok(current))
  fake.respond('whitelist.delete', async ({ ip }) => {
    const answer = await (deleteAnswers.shift() ?? Promise.resolve(ok(undefined)))
    if (answer.ok) current = list(current.entries.map((e) => e.ip).filter((other) => other !== ip))
    return answer
  })
  return renderView(<Ips />, fake)
}

const rows = () => within(screen.getByRole('list', { name: 'IPs' })).queryAllByRole('listitem')

describe('useListMutation', () => {
  it('takes the row off at once and puts it back, with one toast, when the write fails', async () => {
    const answer = deferred<Result<void>>()
    const { user } = setup([answer.promise])
    await user.click(await screen.findByRole('button', { name: 'Remove 198.51.100.4' }))
    expect(rows().map((row) => row.firstChild?.textContent)).toEqual(['203.0.113.7', '192.0.2.1'])
    expect(screen.getByText('2 of 10')).toBeInTheDocument()

    answer.resolve(fail(appError('server', 'Thordata had a problem.')))
    await waitFor(() => expect(rows()).toHaveLength(3))
    expect(rows()[1]).toHaveTextContent('198.51.100.4')
    expect(await screen.findByText('Could not remove 198.51.100.4')).toBeInTheDocument()
    expect(screen.getAllByText('Thordata had a problem.')).toHaveLength(1)
  })

  it('refetches the list once, after the last of several writes settles', async () => {
    const first = deferred<Result<void>>()
    const second = deferred<Result<void>>()
    const { user, fake } = setup([first.promise, second.promise])
    await user.click(await screen.findByRole('button', { name: 'Remove 203.0.113.7' }))
    await user.click(screen.getByRole('button', { name: 'Remove 192.0.2.1' }))
    expect(rows()).toHaveLength(1)
    const listCalls = () => fake.callsTo('whitelist.list').length
    expect(listCalls()).toBe(1)

    first.resolve(ok(undefined))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(listCalls()).toBe(1)
    expect(rows()).toHaveLength(1)

    second.resolve(ok(undefined))
    await waitFor(() => expect(listCalls()).toBe(2))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(listCalls()).toBe(2)
    expect(rows().map((row) => row.firstChild?.textContent)).toEqual(['198.51.100.4'])
  })
})

describe('list patches', () => {
  const keyOf = (s: string) => s.split(':')[0]

  it('undoes one write without undoing another made since', () => {
    const removed = applyPatch(['a:1', 'b:1', 'c:1'], { type: 'remove', key: 'b' }, keyOf)
    const updated = applyPatch(removed.items, { type: 'update', key: 'c', item: 'c:2' }, keyOf)
    expect(revertPatch(updated.items, removed.undo, keyOf).items).toEqual(['a:1', 'b:1', 'c:2'])
    expect(revertPatch(updated.items, updated.undo, keyOf).items).toEqual(['a:1', 'c:1'])
  })

  it('counts rows added and removed, and not a re-added row twice', () => {
    expect(applyPatch(['a'], { type: 'add', item: 'b' }, keyOf).delta).toBe(1)
    expect(applyPatch(['a'], { type: 'add', item: 'a' }, keyOf).delta).toBe(0)
    expect(applyPatch(['a'], { type: 'remove', key: 'a' }, keyOf).delta).toBe(-1)
    expect(applyPatch(['a'], { type: 'remove', key: 'z' }, keyOf).delta).toBe(0)
    const removed = applyPatch(['a', 'b'], { type: 'remove', key: 'a' }, keyOf)
    expect(revertPatch(['a', 'b'], removed.undo, keyOf)).toEqual({ items: ['a', 'b'], delta: 0 })
  })
})
