import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFakeBridge } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import { server } from './OrderFixtures'
import { UpgradeDialog } from './UpgradeDialog'
import { currentBandwidth, currentMachine, initialChoice, upgradeProblem } from './UpgradeOptions'

function open(fake = createFakeBridge(), target = server) {
  const view = renderView(<UpgradeDialog server={target} onClose={() => {}} />, fake)
  return { ...view, dialog: () => screen.getByRole('dialog', { name: `Upgrade ${target.planName}` }) }
}

async function pick(user: ReturnType<typeof open>['user'], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name: option }))
}

describe('Upgrading an unlimited server', () => {
  it('offers the documented machines and bandwidths, marks the current ones and cannot shrink', async () => {
    const { user } = open()
    await user.click(await screen.findByRole('combobox', { name: 'New bandwidth' }))
    expect(await screen.findByRole('option', { name: '300 Mbps (current)' })).toBeInTheDocument()
    expect(screen.getByRole('option', { name: '200 Mbps' })).toHaveAttribute('data-combobox-disabled', 'true')
    expect(screen.getAllByRole('option')).toHaveLength(9)
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('combobox', { name: 'New machine' }))
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      '8 vCPU · 16 GiB (current)',
      '16 vCPU · 32 GiB',
      '32 vCPU · 64 GiB',
      '64 vCPU · 128 GiB',
    ])
  })

  it('the same size again is no upgrade: the field says so and there is nothing to review', async () => {
    const { user, dialog } = open()
    await pick(user, 'New bandwidth', '300 Mbps (current)')
    expect(
      within(dialog()).getByText('Choose more bandwidth or a larger machine than the server has now.'),
    ).toBeVisible()
    expect(within(dialog()).getByRole('button', { name: 'Review order' })).toBeDisabled()
  })

  it('shows exactly what changes, sends sv_id and bw_id once, and shows the order and the new wallet', async () => {
    const fake = createFakeBridge()
    fake.respond('unlimited.upgrade', () => {
      fake.respond('account.walletBalance', () => ok({ amount: 1200, currency: 'USD' }))
      return ok({ orderId: 'Thor777', amount: 34.5 })
    })
    const { user, dialog } = open(fake)
    await pick(user, 'New machine', '32 vCPU · 64 GiB')
    await pick(user, 'New bandwidth', '1000 Mbps')
    await user.click(within(dialog()).getByRole('button', { name: 'Review order' }))
    const summary = within(dialog()).getByRole('table', { name: 'Your order' })
    expect(summary).toHaveTextContent('8 vCPU · 16 GiB → 32 vCPU · 64 GiB')
    expect(summary).toHaveTextContent('300 Mbps → 1000 Mbps')
    await user.dblClick(within(dialog()).getByRole('button', { name: 'Pay and upgrade' }))
    expect(await within(dialog()).findByTestId('order-id')).toHaveTextContent('Thor777')
    expect(within(dialog()).getByTestId('order-amount')).toHaveTextContent('$34.50')
    expect(await within(dialog()).findByText('$1,200.00')).toBeInTheDocument()
    expect(fake.callsTo('unlimited.upgrade')).toEqual([{ insId: server.insId, machineId: 3, bandwidthId: 9 }])
  })

  it('a refusal stays on the confirmation with its reason; going back keeps the choice', async () => {
    const fake = createFakeBridge()
    fake.respond('unlimited.upgrade', () =>
      fail(appError('conflict', 'This server’s plan has expired. Renew it first.', { code: 121, retryable: false })),
    )
    const { user, dialog } = open(fake)
    await pick(user, 'New machine', '64 vCPU · 128 GiB')
    await user.click(within(dialog()).getByRole('button', { name: 'Review order' }))
    await user.click(within(dialog()).getByRole('button', { name: 'Pay and upgrade' }))
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent('This server’s plan has expired.')
    await user.click(within(dialog()).getByRole('button', { name: 'Back' }))
    expect(within(dialog()).getByRole('combobox', { name: 'New machine' })).toHaveValue('64 vCPU · 128 GiB')
  })
})

describe('reading the current size', () => {
  it('maps the list’s words to the documented ids, or null', () => {
    expect(currentBandwidth({ bandwidth: '300Mbps' })).toBe(2)
    expect(currentBandwidth({ bandwidth: '1 Gbps' })).toBe(9)
    expect(currentBandwidth({ bandwidth: '250Mbps' })).toBeNull()
    expect(currentMachine({ machine: '8vCPU 16GiB' })).toBe(5)
    expect(currentMachine({ machine: '16 vCPU / 32 GiB' })).toBe(2)
    expect(currentMachine({ machine: null })).toBeNull()
  })

  it('starts one bandwidth step up, or a larger machine at the top speed, never the same size', () => {
    expect(initialChoice({ machineId: 5, bandwidthId: 2 })).toEqual({ machineId: 5, bandwidthId: 3 })
    expect(initialChoice({ machineId: 5, bandwidthId: 9 })).toEqual({ machineId: 2, bandwidthId: 9 })
    expect(upgradeProblem({ machineId: 2, bandwidthId: 1 }, { machineId: 5, bandwidthId: 2 })).toBe('smaller')
    expect(upgradeProblem({ machineId: 5, bandwidthId: 2 }, { machineId: 5, bandwidthId: 2 })).toBe('same')
    expect(upgradeProblem({ machineId: 5, bandwidthId: 1 }, { machineId: null, bandwidthId: null })).toBeNull()
  })
})
