import type { TrafficBalance } from '@shared/domain/account'
import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'

export function accountHandlers(client: ThordataClient, onBalance: (balance: TrafficBalance) => void) {
  return {
    'account.trafficBalance': async () => {
      const balance = await client.account.trafficBalance()
      onBalance(balance)
      return balance
    },
    'account.walletBalance': () => client.account.walletBalance(),
    'account.usage': (range) => client.account.usage(range),
  } satisfies Partial<Handlers>
}
