import type { ExtractTestResult } from '@shared/domain/extract'
import { ok } from '@shared/ipc/result'
import { act, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeBridge, demoSession } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import ExtractLinksTab from './ExtractLinksTab'

const base = 'http://127.0.0.1:9/extract'

function bridge(results: ExtractTestResult[] = []) {
  const fake = createFakeBridge({ session: demoSession })
  fake.respond('extract.target', () => ok({ baseUrl: base, accountName: 'demo_user' }))
  fake.respond('locations.countries', () => ok([{ code: 'US', name: 'United States' }]))
  fake.respond('extract.copy', () => ok(undefined))
  let next = 0
  fake.respond('extract.test', () => ok(results[Math.min(next++, results.length - 1)]))
  return fake
}

const preview = () => screen.getByTestId('extract-preview')

afterEach(() => vi.useRealTimers())

describe('Extract links builder', () => {
  it('opens with a link ready to copy; a bad count is refused on its field and the link is withheld', async () => {
    const fake = bridge()
    const { user } = renderView(<ExtractLinksTab />, fake)
    expect(await screen.findByText(`${base}/api?td-customer=demo_user&sesstype=2&number=10&country=us`)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeVisible()
    // Main gets the fields, never a URL.
    expect(fake.callsTo('extract.copy')).toEqual([
      { product: 'residential', session: 'rotating', count: 10, country: 'US' },
    ])

    const count = screen.getByLabelText('Number of proxies')
    await user.clear(count)
    await user.type(count, '501')
    expect(screen.getByText('Ask for at most 500 proxies at a time')).toBeVisible()
    expect(preview()).toHaveTextContent('Fix the highlighted fields to see the link.')
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeDisabled()
  })

  it('111: counts the 2 seconds down, and its retry waits them out before asking again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const fake = bridge([
      { outcome: 'refused', code: 111, message: 'Thordata allows one extraction every 2 seconds.', ip: null },
      { outcome: 'ok', proxies: [{ host: '203.0.113.201', port: 20001 }] },
    ])
    renderView(<ExtractLinksTab />, fake)
    await screen.findByText(/td-customer=demo_user/)
    fireEvent.click(screen.getByRole('button', { name: 'Test link' }))
    expect(await screen.findByRole('timer')).toHaveTextContent('Trying again in 2 seconds…')

    fireEvent.click(screen.getByRole('button', { name: 'Wait and try again' }))
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000)
    })
    expect(screen.getByRole('timer')).toHaveTextContent('Trying again in 1 second…')
    expect(fake.callsTo('extract.test')).toHaveLength(1)

    await act(async () => {
      await vi.advanceTimersByTimeAsync(1100)
    })
    expect(await screen.findByRole('status')).toHaveTextContent('The link works: 1 proxy returned.')
    expect(fake.callsTo('extract.test')).toHaveLength(2)
  })

  it('111: clicking the retry again while it waits queues nothing more; the button shows the wait', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const fake = bridge([
      { outcome: 'refused', code: 111, message: 'Thordata allows one extraction every 2 seconds.', ip: null },
      { outcome: 'ok', proxies: [{ host: '203.0.113.201', port: 20001 }] },
    ])
    renderView(<ExtractLinksTab />, fake)
    await screen.findByText(/td-customer=demo_user/)
    fireEvent.click(screen.getByRole('button', { name: 'Test link' }))
    const retry = await screen.findByRole('button', { name: 'Wait and try again' })
    for (let i = 0; i < 4; i++) fireEvent.click(retry)
    expect(screen.getByRole('button', { name: 'Wait and try again' })).toHaveAttribute('data-loading', 'true')

    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500)
    })
    expect(await screen.findByRole('status')).toHaveTextContent('The link works: 1 proxy returned.')
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500)
    })
    expect(fake.callsTo('extract.test')).toHaveLength(2)
  })

  it('111: a waiting retry is dropped when the form changes or the tab closes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const refused = { outcome: 'refused', code: 111, message: 'Wait.', ip: null } as const
    const fake = bridge([refused])
    const { unmount } = renderView(<ExtractLinksTab />, fake)
    await screen.findByText(/td-customer=demo_user/)
    fireEvent.click(screen.getByRole('button', { name: 'Test link' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Wait and try again' }))
    fireEvent.change(screen.getByLabelText('Number of proxies'), { target: { value: '12' } })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500)
    })
    expect(fake.callsTo('extract.test')).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: 'Test link' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Wait and try again' }))
    unmount()
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2500)
    })
    expect(fake.callsTo('extract.test')).toHaveLength(2)
  })

  it('shows every proxy of a short list unscrolled, and a longer one in a visibly scrollable box', async () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ host: '203.0.113.9', port: 20000 + i }))
    const fake = bridge([
      { outcome: 'ok', proxies: entries(10) },
      { outcome: 'ok', proxies: entries(30) },
    ])
    const { user } = renderView(<ExtractLinksTab />, fake)
    await screen.findByText(/td-customer=demo_user/)
    await user.click(screen.getByRole('button', { name: 'Test link' }))
    expect(await screen.findByRole('status')).toHaveTextContent('10 proxies returned')
    const list = screen.getByRole('list', { name: 'Test result' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(10)
    // No box of its own that would cut the list off.
    expect(screen.queryByTestId('extract-entries-scroll')).not.toBeInTheDocument()
    expect(list).not.toHaveStyle({ overflowY: 'auto' })

    await user.click(screen.getByRole('button', { name: 'Test link' }))
    expect(await screen.findByRole('status')).toHaveTextContent('30 proxies returned')
    expect(screen.getByTestId('extract-entries-scroll')).toContainElement(
      screen.getByRole('list', { name: 'Test result' }),
    )
  })

  it('118 says the account name is wrong and links to Settings; 114 says to loosen the filters', async () => {
    const fake = bridge([
      { outcome: 'refused', code: 118, message: 'Thordata does not recognise the account name.', ip: null },
      { outcome: 'refused', code: 114, message: 'No proxies match.', ip: null },
    ])
    const { user } = renderView(<ExtractLinksTab />, fake)
    await screen.findByText(/td-customer=demo_user/)
    await user.click(screen.getByRole('button', { name: 'Test link' }))
    expect(await screen.findByText('Thordata does not recognise the account name “demo_user”.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Fix it in Settings' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Test link' }))
    expect(await screen.findByText(/Loosen the filters/)).toBeVisible()
  })
})
