import { appError } from '@shared/errors'
import { fail } from '@shared/ipc/result'
import { afterEach, describe, expect, it } from 'vitest'
import { createFakeBridge } from '../test-utils/fakeBridge'
import { ApiError, call, toAppError } from './api'

describe('call', () => {
  afterEach(() => {
    window.thordata = undefined as never
  })

  it('resolves with the value of an ok Result', async () => {
    window.thordata = createFakeBridge().bridge
    await expect(call('account.walletBalance')).resolves.toEqual({ amount: 1234.5, currency: 'USD' })
  })

  it('throws an ApiError carrying the AppError of a failed Result', async () => {
    const error = appError('validation', 'Enter an https URL', { field: 'publicIpUrl' })
    window.thordata = createFakeBridge({ overrides: { 'settings.update': () => fail(error) } }).bridge
    const thrown = await call('settings.update', { publicIpUrl: 'http://x' }).catch((e: unknown) => e)
    expect(thrown).toBeInstanceOf(ApiError)
    expect(toAppError(thrown)).toEqual(error)
  })

  it('turns a broken bridge into a retryable error a person can read', async () => {
    const fake = createFakeBridge()
    fake.respond('app.info', () => {
      throw new Error('ipc channel closed')
    })
    window.thordata = fake.bridge
    const thrown = toAppError(await call('app.info').catch((e: unknown) => e))
    expect(thrown.retryable).toBe(true)
    expect(thrown.message).toMatch(/lost contact/)
  })
})
