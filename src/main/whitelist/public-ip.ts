import type { PublicIp } from '@shared/domain/public-ip'
import { isValidIp } from '@shared/domain/public-ip'
import { AppErrorException, appError } from '@shared/errors'
import { t } from '../i18n'

export interface PublicIpDeps {
  /** The lookup service (settings.publicIpUrl, or the simulator's in demo mode). */
  url: () => string
  fetch?: typeof fetch
  timeoutMs?: number
}

const fail = (message: string, retryable = true) =>
  new AppErrorException(appError('network', message, { retryable, field: 'publicIp' }))

/**
 * Asks a what-is-my-IP service for this computer's public address. It accepts a plain-text answer or JSON with an
 * `ip` field (ipify, ifconfig.co, the simulator), and says which service failed and how when it cannot.
 */
export async function lookUpPublicIp({
  url,
  fetch: fetcher = fetch,
  timeoutMs = 8000,
}: PublicIpDeps): Promise<PublicIp> {
  const target = url()
  const source = new URL(target).host
  let response: Response
  let body: string
  try {
    response = await fetcher(target, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json, text/plain' },
    })
    // An address is a few dozen characters; anything long is not an answer to this question.
    body = (await response.text()).slice(0, 1024).trim()
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')
    throw fail(
      timedOut
        ? t('errors:publicIp.timeout', { source, seconds: Math.round(timeoutMs / 1000) })
        : t('errors:publicIp.unreachable', { source }),
    )
  }
  if (!response.ok) throw fail(t('errors:publicIp.httpStatus', { source, status: response.status }))
  let ip = body
  try {
    const parsed = JSON.parse(body) as unknown
    if (parsed && typeof parsed === 'object' && 'ip' in parsed) ip = String((parsed as { ip: unknown }).ip).trim()
  } catch {
    // Plain-text services answer with the bare address.
  }
  if (!isValidIp(ip)) {
    throw fail(t('errors:publicIp.notAnIp', { source }), false)
  }
  return { ip, source }
}
