import type { BatchLineResult } from '@shared/domain/public-ip'
import { isValidIp } from '@shared/domain/public-ip'
import { type AppError, appError, toAppError } from '@shared/errors'
import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'
import type { PublicIpDeps } from '../whitelist/public-ip'
import { lookUpPublicIp } from '../whitelist/public-ip'

export function whitelistHandlers(client: ThordataClient, publicIp: PublicIpDeps) {
  return {
    'whitelist.list': (input) => client.whitelist.list(input),
    'whitelist.add': (input) => client.whitelist.add(input),
    'whitelist.delete': (input) => client.whitelist.delete(input),
    'whitelist.publicIp': () => lookUpPublicIp(publicIp),

    /**
     * One add per address, in order, each sent once (adds are never retried). A bad or repeated line, or a
     * rejection from Thordata, is that line's result; the other lines still go through. A rate limit or an
     * unreachable Thordata stops the batch: the lines after it are reported as not sent, to be sent again later.
     */
    'whitelist.addMany': async ({ product, ips }) => {
      const results: BatchLineResult[] = []
      const seen = new Set<string>()
      let halted: AppError | null = null
      for (const raw of ips) {
        const ip = raw.trim()
        if (halted) {
          results.push({ ip, ok: false, error: notSent(halted) })
          continue
        }
        if (!isValidIp(ip)) {
          results.push({
            ip,
            ok: false,
            error: appError('validation', 'Not an IPv4 or IPv6 address', { retryable: false }),
          })
          continue
        }
        if (seen.has(ip)) {
          results.push({
            ip,
            ok: false,
            error: appError('validation', 'Listed twice: added once above', { retryable: false }),
          })
          continue
        }
        seen.add(ip)
        try {
          await client.whitelist.add({ product, ip, enabled: true })
          results.push({ ip, ok: true })
        } catch (cause) {
          const error = toAppError(cause, 'Thordata did not accept this address')
          results.push({ ip, ok: false, error })
          if (error.kind === 'rate-limit' || (error.kind === 'network' && error.retryable)) halted = error
        }
      }
      return results
    },
  } satisfies Partial<Handlers>
}

const notSent = (cause: AppError): AppError =>
  appError(
    cause.kind,
    `Not sent: ${cause.kind === 'rate-limit' ? 'Thordata asked to slow down' : 'Thordata could not be reached'}. Add it again in a moment.`,
    { retryable: true },
  )
