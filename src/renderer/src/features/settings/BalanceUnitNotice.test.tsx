import type { BalanceUnitCheck, BalanceUnitStatus } from '@shared/domain/balance-unit'
import { ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { accountSession, createFakeBridge } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import SettingsTab from './SettingsTab'

vi.mock('@mantine/charts', () => import('../../test-utils/chartsMock'))

const at = (time: string) => new Date(`2026-12-01T${time}`).toISOString()
const matchMb: BalanceUnitCheck = {
  verdict: 'match',
  unit: 'MB',
  balance: { value: 38_297.6, at: at('14:02:00') },
  usage: { value: 39_216_742.4, unit: 'KB', at: at('14:02:01') },
}

/** The Advanced card once its form (and so the notice under the unit fields) is there. */
async function advanced() {
  const region = await screen.findByRole('region', { name: 'Advanced' })
  await within(region).findByLabelText('API base URL', {}, { timeout: 5000 })
  return region
}

function renderWith(status: BalanceUnitStatus) {
  const fake = createFakeBridge({ session: accountSession(), overrides: { 'account.balanceUnit': () => ok(status) } })
  const view = renderView(<SettingsTab />, fake)
  return { ...view, api: advanced }
}

describe('Settings: balance unit check', () => {
  it('is Automatic by default and says so until both figures are in', async () => {
    renderView(<SettingsTab />, createFakeBridge({ session: accountSession() }))
    const api = await advanced()
    expect(await within(api).findByText(/Automatic: MB as documented, until the Account tab/)).toBeInTheDocument()
    expect(within(api).getByDisplayValue('Automatic (check against the usage report)')).toHaveAccessibleDescription(
      /Automatic by default/,
    )
  })

  it('points out when a unit set by hand disagrees with what the check found', async () => {
    const { api } = renderWith({ setting: 'KB', applied: 'KB', source: 'manual', check: matchMb })
    expect(await within(await api()).findByRole('alert', { name: 'Check the balance unit' })).toHaveTextContent(
      /Set by hand: KB, but the check found MB: on Dec 1, 14:02 .* Choose Automatic to follow it\./,
    )
  })

  it('reads the finding again when main says the account figures changed', async () => {
    let status: BalanceUnitStatus = { setting: 'auto', applied: 'MB', source: 'documented', check: null }
    const fake = createFakeBridge({ session: accountSession(), overrides: { 'account.balanceUnit': () => ok(status) } })
    renderView(<SettingsTab />, fake)
    const api = await advanced()
    expect(await within(api).findByText(/as documented, until/)).toBeInTheDocument()

    status = {
      setting: 'auto',
      applied: 'KB',
      source: 'found',
      check: { ...matchMb, unit: 'KB', balance: { ...matchMb.balance, value: 39_216_742.4 } },
    }
    fake.emit('data.invalidate', { scope: 'account' })
    await waitFor(() => expect(within(api).getByText(/^Automatic: KB — on Dec 1, 14:02/)).toBeInTheDocument())
  })
})
