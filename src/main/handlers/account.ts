import type { TrafficBalance } from '@shared/domain/account'
import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'

/** The tray, as far as the Account handlers are concerned: it hears about every balance the window loads. */
export interface BalanceSink {
  ticket(): number
  accept(balance: TrafficBalance, ticket: number): void
}

export function accountHandlers(client: ThordataClient, tray: BalanceSink) {
  return {
    'account.trafficBalance': async () => {
      const ticket = tray.ticket()
      const balance = await client.account.trafficBalance()
      tray.accept(balance, ticket)
      return balance
    },
    'account.walletBalance': () => client.account.walletBalance(),
    'account.usage': (range) => client.account.usage(range),
  } satisfies Partial<Handlers>
}
