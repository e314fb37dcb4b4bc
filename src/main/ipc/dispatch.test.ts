import { AppErrorException, appError } from '@shared/errors'
import { describe, expect, it, vi } from 'vitest'
import { createMemoryLogger } from '../log/logger'
import { createDispatcher, type Handlers } from './dispatch'

const appUrl = 'file:///opt/thordata/out/renderer/index.html'

function setup(overrides: Partial<Handlers> = {}) {
  const usage = vi.fn(async (range: { from: string; to: string }) => ({
    ...range,
    totalUsedBytes: 1,
    remainingBytes: 2,
    rangeUsedBytes: 1,
    days: [],
  }))
  const handlers = { 'account.usage': usage, ...overrides } as unknown as Handlers
  const log = createMemoryLogger()
  const dispatch = createDispatcher({ handlers, trust: (url) => url === appUrl, log })
  return { dispatch, usage, log }
}

describe('IPC dispatch', () => {
  it('runs the handler with validated input from the app page', async () => {
    const { dispatch, usage } = setup()
    const result = await dispatch('account.usage', { from: '2026-01-01', to: '2026-01-31' }, { url: appUrl })
    expect(result.ok).toBe(true)
    expect(usage).toHaveBeenCalledWith({ from: '2026-01-01', to: '2026-01-31' })
  })

  it('refuses a call from a foreign page without running the handler', async () => {
    const { dispatch, usage } = setup()
    const result = await dispatch(
      'account.usage',
      { from: '2026-01-01', to: '2026-01-31' },
      { url: 'https://evil.example/' },
    )
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth' } })
    expect(usage).not.toHaveBeenCalled()
  })

  it('rejects bad input with a message on the field, without running the handler', async () => {
    const { dispatch, usage } = setup()
    const result = await dispatch('account.usage', { from: '2026-01-31', to: '2026-01-01' }, { url: appUrl })
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'validation', field: 'from', message: 'The start date must be on or before the end date' },
    })
    const tooLong = await dispatch('account.usage', { from: '2025-01-01', to: '2026-01-01' }, { url: appUrl })
    expect(tooLong).toMatchObject({ ok: false, error: { kind: 'validation', field: 'from' } })
    const wrongShape = await dispatch('account.usage', { from: 20260101 }, { url: appUrl })
    expect(wrongShape).toMatchObject({ ok: false, error: { kind: 'validation', field: 'from' } })
    expect(usage).not.toHaveBeenCalled()
  })

  it('rejects a channel that is not in the contract', async () => {
    const { dispatch } = setup()
    const result = await dispatch('shell.exec', { cmd: 'rm -rf /' }, { url: appUrl })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('never offers a blind retry after an unexpected error in a change (a purchase): its outcome is unknown', async () => {
    const { dispatch } = setup({
      'cdk.create': async () => {
        throw new TypeError('cannot read properties of undefined')
      },
      'account.usage': async () => {
        throw new TypeError('cannot read properties of undefined')
      },
    })
    const write = await dispatch('cdk.create', { trafficBytes: 1024 ** 3, count: 1 }, { url: appUrl })
    expect(write).toMatchObject({ ok: false, error: { kind: 'server', retryable: false, outcome: 'unknown' } })
    expect(JSON.stringify(write)).toContain('may or may not have been made')
    // A read keeps its retry: reading again changes nothing.
    const read = await dispatch('account.usage', { from: '2026-01-01', to: '2026-01-02' }, { url: appUrl })
    expect(read).toMatchObject({ ok: false, error: { kind: 'server', retryable: true } })
    expect(read.ok ? null : read.error.outcome).toBeUndefined()
  })

  it('passes an AppError through and hides unexpected errors behind a plain message', async () => {
    const { dispatch: withAppError } = setup({
      'account.usage': async () => {
        throw new AppErrorException(appError('rate-limit', 'Slow down', { code: 10011 }))
      },
    })
    expect(await withAppError('account.usage', { from: '2026-01-01', to: '2026-01-02' }, { url: appUrl })).toEqual({
      ok: false,
      error: { kind: 'rate-limit', message: 'Slow down', code: 10011, retryable: true },
    })

    const { dispatch, log } = setup({
      'account.usage': async () => {
        throw new Error('connect failed for https://api.example/?token=abcd1234secret&key=k3yk3yk3y')
      },
    })
    const result = await dispatch('account.usage', { from: '2026-01-01', to: '2026-01-02' }, { url: appUrl })
    expect(result).toMatchObject({ ok: false, error: { kind: 'server' } })
    expect(JSON.stringify(result)).not.toContain('abcd1234secret')
    expect(log.lines.join('\n')).not.toContain('abcd1234secret')
    expect(log.lines.join('\n')).not.toContain('k3yk3yk3y')
  })
})
