import type { Result } from '@shared/ipc/result'
import { BRIDGE_SECRET_HEADER } from './secret'

/**
 * One channel call to a running bridge from Node (the bench and the screenshot script set up state this way), with
 * the headers the page itself sends: its origin, its page URL and the launch's secret.
 */
export async function invokeBridge<T = unknown>(
  bridge: { origin: string; secret: string },
  channel: string,
  input?: unknown,
): Promise<Result<T>> {
  const response = await fetch(`${bridge.origin}/__bridge/invoke/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: bridge.origin,
      'x-thordata-page': `${bridge.origin}/`,
      [BRIDGE_SECRET_HEADER]: bridge.secret,
    },
    body: JSON.stringify(input === undefined ? {} : { input }),
  })
  return (await response.json()) as Result<T>
}
