import type { UnlimitedOrder } from '@shared/domain/unlimited'
import { AppErrorException, appError } from '@shared/errors'
import { t } from '../i18n'
import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'

/**
 * One request per purchase: the same order of the same server asked again while the first is under way (a double
 * click, two windows) gets the first one's answer instead of buying again; a different order of that server waits
 * for no one and is refused, since its answer would otherwise be confused with the first one's.
 */
function oneOrderPerServer() {
  const inFlight = new Map<string, { order: string; answer: Promise<UnlimitedOrder> }>()
  return (insId: string, order: string, send: () => Promise<UnlimitedOrder>): Promise<UnlimitedOrder> => {
    const running = inFlight.get(insId)
    if (running?.order === order) return running.answer
    if (running) {
      return Promise.reject(new AppErrorException(appError('conflict', t('errors:unlimited.orderUnderWay'))))
    }
    const answer = send().finally(() => inFlight.delete(insId))
    inFlight.set(insId, { order, answer })
    return answer
  }
}

export function unlimitedHandlers(client: Pick<ThordataClient, 'unlimited' | 'unlimitedBindings'>) {
  const order = oneOrderPerServer()
  return {
    'unlimited.servers': () => client.unlimited.list(),
    'unlimited.restart': (input) => client.unlimited.restart(input),
    'unlimited.monitor': (input) => client.unlimited.monitor(input),
    'unlimited.balancingMonitor': (input) => client.unlimited.balancingMonitor(input),
    // Renewal and upgrade share the guard: one paid order per server at a time.
    'unlimited.renew': (input) => order(input.insId, `renew:${input.packageId}`, () => client.unlimited.renew(input)),
    'unlimited.upgrade': (input) =>
      order(input.insId, `upgrade:${input.bandwidthId}:${input.machineId}`, () => client.unlimited.upgrade(input)),
    'unlimited.boundUsers': (input) => client.unlimitedBindings.list(input),
    'unlimited.bindUser': (input) => client.unlimitedBindings.add(input),
    'unlimited.unbindUser': (input) => client.unlimitedBindings.remove(input),
  } satisfies Partial<Handlers>
}
