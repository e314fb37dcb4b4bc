import { ApiError } from '@renderer/lib/api'
import { renderView } from '@renderer/test-utils/render'
import { appError } from '@shared/errors'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ConfirmAction } from './ConfirmAction'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function setup(action: () => Promise<string>, extra: { amount?: { value: number; currency: string } } = {}) {
  const onSuccess = vi.fn()
  const view = renderView(
    <ConfirmAction
      trigger={{ label: 'Delete shop01', color: 'red' }}
      title="Delete proxy user shop01?"
      body="Proxy logins as shop01 will stop working straight away."
      confirmLabel="Delete shop01"
      danger
      action={action}
      onSuccess={onSuccess}
      {...extra}
    />,
  )
  return { ...view, onSuccess }
}

describe('ConfirmAction', () => {
  it('says what will happen, focuses Cancel and names its close button', async () => {
    const { user } = setup(vi.fn())
    await user.click(screen.getByRole('button', { name: 'Delete shop01' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete proxy user shop01?' })
    expect(dialog).toHaveTextContent('will stop working straight away')
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus())
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument()
  })

  it('sends one request for a double click and closes once it succeeds', async () => {
    const request = deferred<string>()
    const action = vi.fn(() => request.promise)
    const { user, onSuccess } = setup(action)
    await user.click(screen.getByRole('button', { name: 'Delete shop01' }))
    const dialog = await screen.findByRole('dialog')
    const confirm = within(dialog).getByRole('button', { name: 'Delete shop01' })
    await user.dblClick(confirm)
    expect(action).toHaveBeenCalledTimes(1)
    expect(confirm).toHaveAttribute('data-loading', 'true')
    request.resolve('done')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onSuccess).toHaveBeenCalledWith('done')
  })

  it('keeps the dialog open with the error, and does not retry by itself', async () => {
    const action = vi.fn(() =>
      Promise.reject(new ApiError(appError('network', 'Thordata could not be reached just now.'))),
    )
    const { user, onSuccess } = setup(action)
    await user.click(screen.getByRole('button', { name: 'Delete shop01' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Delete shop01' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Thordata could not be reached just now.')
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    expect(action).toHaveBeenCalledTimes(1)
    expect(onSuccess).not.toHaveBeenCalled()
  })

  it('focuses the first field when the dialog asks for one, and opens from elsewhere when controlled', async () => {
    const onClose = vi.fn()
    const { user } = renderView(
      <ConfirmAction
        opened
        onClose={onClose}
        title="Buy 10 GB?"
        body="10 GB of residential traffic will be added to your balance."
        amount={{ value: 30, currency: 'USD' }}
        confirmLabel="Pay $30.00"
        action={vi.fn()}
        fields={<input aria-label="Promo code" data-autofocus />}
      />,
    )
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Promo code' })).toHaveFocus())
    expect(screen.getByText('Amount: $30.00')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
