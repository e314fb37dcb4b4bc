import type { Channel, OutputOf } from '@shared/ipc/contract'
import type { Result } from '@shared/ipc/result'

/**
 * The first code the window runs: index.html loads it as its own tiny module, ahead of the app's bundle (React,
 * Mantine, i18next, the catalogs), which takes a while to load and evaluate. It asks main for the session and, once
 * it says someone is signed in, for the opening tab's balance, and starts loading the shell's and the opening tab's
 * code. Plain bridge calls, because the query client does not exist yet; lib/startup.ts hands the answers to it.
 * The Account tab opens first (app/tabs.ts).
 */

/** How long a fetched value stays fresh in the window (the query client's staleTime, lib/queries.ts). */
export const FRESH_MS = 60_000

type Answer<C extends Channel> = Promise<Result<OutputOf<C>>>

let session: Answer<'session.get'> | null = null
let balance: Promise<Awaited<Answer<'account.trafficBalance'>> | null> | null = null

function ask<C extends Channel>(channel: C): Answer<C> | null {
  const bridge = window.thordata
  if (!bridge) return null
  // Channels without an input; a synchronous throw becomes the rejection call() would report.
  return (async () => bridge.invoke[channel](undefined as never))()
}

const isFresh = (fetchedAt: string | undefined, now: number) =>
  fetchedAt !== undefined && now - Date.parse(fetchedAt) < FRESH_MS

session = ask('session.get')
balance =
  session?.then((answer) => {
    // Signed out: nothing to show. A figure kept from a moment ago: shown as it is, not asked for again.
    if (!answer.ok || answer.value.mode === 'none') return null
    if (isFresh(answer.value.cached?.trafficBalance?.fetchedAt, Date.now())) return null
    return ask('account.trafficBalance')
  }) ?? null
void import('../app/Shell')
void import('../features/account/AccountTab')

/** The answers asked for at start, each handed out once (a later refetch asks again). */
export function takeEarlyAnswers() {
  const answers = { session, balance }
  session = null
  balance = null
  return answers
}
