import { ApiError } from '@renderer/lib/api'
import { renderView } from '@renderer/test-utils/render'
import { type AppError, appError } from '@shared/errors'
import { useQuery } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { type QueryLike, QueryView } from './QueryView'

const NOW = 1_800_000_000_000

function query<T>(over: Partial<QueryLike<T>>): QueryLike<T> {
  return {
    data: undefined,
    error: null,
    isPending: true,
    isError: false,
    isFetching: false,
    dataUpdatedAt: 0,
    refetch: vi.fn(),
    ...over,
  } as QueryLike<T>
}

const failed = (error: AppError) => ({ isError: true, error: new ApiError(error), isPending: false })

function show(q: QueryLike<number[]>) {
  return renderView(
    <QueryView
      query={q}
      skeleton={<div data-testid="skeleton" />}
      isEmpty={(list) => list.length === 0}
      empty={<p>No proxy users yet</p>}
      now={NOW}
    >
      {(list) => <p>{`${list.length} users`}</p>}
    </QueryView>,
  )
}

describe('QueryView', () => {
  it('shows the skeleton while loading, then the data or the empty state', () => {
    const { unmount } = show(query({}))
    expect(screen.getByTestId('skeleton')).toBeInTheDocument()
    unmount()
    show(query({ data: [], isPending: false }))
    expect(screen.getByText('No proxy users yet')).toBeInTheDocument()
    expect(screen.queryByTestId('skeleton')).not.toBeInTheDocument()
  })

  it('offers "Try again" only for an error that may be retried', async () => {
    const retryable = query<number[]>(failed(appError('network', 'Thordata could not be reached.')))
    const { user, unmount } = show(retryable)
    expect(screen.getByRole('alert')).toHaveTextContent('Thordata could not be reached.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retryable.refetch).toHaveBeenCalledTimes(1)
    unmount()

    show(query(failed(appError('validation', 'The range is too long.'))))
    expect(screen.getByRole('alert')).toHaveTextContent('The range is too long.')
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('keeps the last value, dimmed, with its age when a refresh fails', () => {
    show(
      query({
        ...failed(appError('server', 'Thordata had a problem.')),
        data: [1, 2, 3],
        dataUpdatedAt: NOW - 3 * 60_000,
      }),
    )
    expect(screen.getByText('3 users').closest('[data-stale]')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent("Couldn't refresh · 3 min ago")
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('leaves a rejected token to the window banner: no alert of its own', () => {
    const revoked = failed(appError('auth', 'Thordata rejected the token.', { code: 10013 }))
    const { unmount } = show(query(revoked))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.queryByTestId('skeleton')).not.toBeInTheDocument()
    unmount()
    show(query({ ...revoked, data: [1], dataUpdatedAt: NOW }))
    expect(screen.getByText('1 users')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('works with a real query whose refresh fails', async () => {
    let calls = 0
    const fetcher = () => {
      calls += 1
      return calls === 1 ? Promise.resolve([7]) : Promise.reject(new ApiError(appError('network', 'Offline.')))
    }
    function Users() {
      const q = useQuery({ queryKey: ['users'], queryFn: fetcher })
      return (
        <QueryView query={q} skeleton={<div data-testid="skeleton" />}>
          {(list) => <button type="button" onClick={() => void q.refetch()}>{`${list.length} users`}</button>}
        </QueryView>
      )
    }
    const { user } = renderView(<Users />)
    await user.click(await screen.findByRole('button', { name: '1 users' }))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent("Couldn't refresh · just now"))
    expect(screen.getByRole('button', { name: '1 users' }).closest('[data-stale]')).toBeInTheDocument()
  })
})
