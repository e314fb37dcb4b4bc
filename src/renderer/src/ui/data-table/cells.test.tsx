import { createFakeBridge } from '@renderer/test-utils/fakeBridge'
import { renderView } from '@renderer/test-utils/render'
import { appError } from '@shared/errors'
import { fail } from '@shared/ipc/result'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CopyCell, MASK, SecretCell } from './cells'

describe('CopyCell', () => {
  it('copies its value through the bridge and says so', async () => {
    const { user, fake } = renderView(<CopyCell value="203.0.113.7" label="Copy 203.0.113.7" />)
    expect(screen.getByText('203.0.113.7')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Copy 203.0.113.7' }))
    expect(fake.callsTo('app.copyText')).toEqual([{ text: '203.0.113.7' }])
    expect(await screen.findByRole('button', { name: 'Copy 203.0.113.7: Copied' })).toBeInTheDocument()
  })

  it('says when the copy failed', async () => {
    const fake = createFakeBridge()
    fake.respond('app.copyText', () => fail(appError('server', 'no clipboard')))
    const { user } = renderView(<CopyCell value="x" label="Copy x" />, fake)
    await user.click(screen.getByRole('button', { name: 'Copy x' }))
    expect(await screen.findByRole('button', { name: 'Copy x: Couldn’t copy' })).toBeInTheDocument()
  })
})

describe('SecretCell', () => {
  it('stays masked until revealed, loading the secret only then, and hides again', async () => {
    const load = vi.fn(async () => 'Pw123abc')
    const { user } = renderView(<SecretCell load={load} label="password for shop01" />)
    expect(screen.getByText(MASK)).toBeInTheDocument()
    expect(load).not.toHaveBeenCalled()

    await user.click(screen.getByRole('button', { name: 'Show password for shop01' }))
    expect(await screen.findByText('Pw123abc')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Hide password for shop01' }))
    expect(screen.queryByText('Pw123abc')).not.toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('copies the secret without showing it', async () => {
    const load = vi.fn(() => 'Pw123abc')
    const { user, fake } = renderView(<SecretCell load={load} label="password for shop01" />)
    await user.click(screen.getByRole('button', { name: 'Copy password for shop01' }))
    expect(fake.callsTo('app.copyText')).toEqual([{ text: 'Pw123abc' }])
    expect(screen.getByText(MASK)).toBeInTheDocument()
  })

  it('stays masked when the secret cannot be loaded, and tries again on the next click', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('locked')).mockResolvedValueOnce('Pw123abc')
    const { user } = renderView(<SecretCell load={load} label="password for shop01" />)
    await user.click(screen.getByRole('button', { name: 'Show password for shop01' }))
    expect(screen.getByText(MASK)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show password for shop01' }))
    expect(await screen.findByText('Pw123abc')).toBeInTheDocument()
  })
})
