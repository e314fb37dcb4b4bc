import { renderView } from '@renderer/test-utils/render'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PageLayout } from './PageLayout'
import type { QueryLike } from './QueryView'

const at = (hours: number, minutes: number) => new Date(2026, 11, 1, hours, minutes).getTime()
const query = (dataUpdatedAt: number, isFetching = false) =>
  ({ dataUpdatedAt, isFetching, refetch: vi.fn() }) as unknown as QueryLike<unknown>

describe('PageLayout', () => {
  it('has one h1, the product switch and the content in a region named by the title', () => {
    renderView(
      <PageLayout title="Proxy users" description="Logins for the proxies" productSwitch={<div>switch</div>}>
        <p>table</p>
      </PageLayout>,
    )
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    const region = screen.getByRole('region', { name: 'Proxy users' })
    expect(region).toHaveTextContent('Logins for the proxies')
    expect(region).toHaveTextContent('switch')
    expect(region).toHaveTextContent('table')
    expect(screen.queryByRole('button', { name: 'Refresh' })).not.toBeInTheDocument()
  })

  it('shows Refresh busy while any query is fetching', () => {
    renderView(
      <PageLayout title="Account" queries={[query(at(9, 30)), query(at(9, 30), true)]}>
        <p>cards</p>
      </PageLayout>,
    )
    expect(screen.getByRole('button', { name: 'Refresh' })).toHaveAttribute('data-loading', 'true')
  })

  it('says when the oldest figure was fetched and refreshes every query', async () => {
    const queries = [query(at(14, 5)), query(at(14, 7)), query(0)]
    const { user } = renderView(
      <PageLayout title="Account" queries={queries}>
        <p>cards</p>
      </PageLayout>,
    )
    expect(screen.getByText('Updated 14:05')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    for (const q of queries) expect(q.refetch).toHaveBeenCalledTimes(1)
  })

  it('can be the main landmark and hand Refresh to main', async () => {
    const onRefresh = vi.fn()
    const queries = [query(at(9, 30))]
    const { user } = renderView(
      <PageLayout title="Account" queries={queries} onRefresh={onRefresh} component="main">
        <p>cards</p>
      </PageLayout>,
    )
    expect(screen.getByRole('main', { name: 'Account' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    expect(onRefresh).toHaveBeenCalledTimes(1)
    expect(queries[0].refetch).not.toHaveBeenCalled()
  })
})
