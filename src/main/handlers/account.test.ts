import type { WalletBalance } from '@shared/domain/account'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../simulator'
import type { ThordataClient } from '../thordata'
import type { BalanceUnitService } from '../thordata/balance-unit-service'
import { simClientFromSettingsPerTest } from '../thordata/testing/sim-client'
import { AFTER_WRITE_MS, accountHandlers, type BalanceSink } from './account'

const setup = simClientFromSettingsPerTest()
let sim: Simulator
let client: ThordataClient

beforeEach(async () => {
  ;({ sim, client } = await setup())
})

/** A tray whose poll, under way, carries the wallet it read before the order. */
function trayWithPollUnderWay(before: WalletBalance): BalanceSink {
  return {
    ticket: () => 0,
    accept: () => {},
    fresh: () => null,
    sharedWallet: async () => before,
  }
}
const units = { unit: () => 'MB', sawBalance: (_: number, unit: 'MB') => unit, sawUsage: () => {} }

describe('account reads after an order', () => {
  it('ask Thordata, not a tray poll that may predate the charge; later reads share the poll again', async () => {
    const before = await client.account.walletBalance()
    sim.state.walletBalance -= 59.9
    let clock = 1_000_000
    let wrote = 0
    const handlers = accountHandlers(
      client,
      trayWithPollUnderWay(before),
      units as unknown as BalanceUnitService,
      () => wrote,
      () => clock,
    )
    // No order yet: the poll's figure is the answer.
    expect(await handlers['account.walletBalance']()).toEqual(before)

    wrote = clock
    const after = await handlers['account.walletBalance']()
    expect(after.amount).toBeCloseTo(before.amount - 59.9, 2)

    clock += AFTER_WRITE_MS
    expect(await handlers['account.walletBalance']()).toEqual(before)
  })
})
