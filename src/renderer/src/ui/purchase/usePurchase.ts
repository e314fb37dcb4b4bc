import { toAppError } from '@renderer/lib/api'
import { usePurchaseOutcome } from '@renderer/lib/purchase-outcome'
import { type Sent, useSendOnce } from './useSendOnce'

/**
 * A purchase (wallet money, traffic): sent once per confirmation, and after an answer that does not say whether it
 * went through (`outcome: 'unknown'`), refused until the user says they checked the list (OutcomeUnknownAlert).
 * `key` names what is bought: one per server, one for the CDK create.
 */
export function usePurchase(key: string) {
  const { send: sendOnce, pending, isMounted } = useSendOnce()
  const outcome = usePurchaseOutcome(key)
  const { store } = outcome

  const send = async <T>(run: () => Promise<T>): Promise<Sent<T>> => {
    // Read from the store, not this render: the acknowledgement may have landed since.
    if (store.blocked(key)) return { status: 'skipped' }
    const sent = await sendOnce(async () => {
      // A new attempt answers for itself: the acknowledged unknown outcome of the last one is done with.
      store.set(key, null)
      return run()
    })
    if (sent.status === 'failed') {
      const error = toAppError(sent.error)
      if (error.outcome === 'unknown') store.set(key, { error, checked: false })
    }
    return sent
  }

  return { send, pending, isMounted, blocked: outcome.blocked, unknown: outcome.entry }
}
