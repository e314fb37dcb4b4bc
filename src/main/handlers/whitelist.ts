import type { BatchLineResult } from '@shared/domain/public-ip'
import { isValidIp } from '@shared/domain/public-ip'
import { AppErrorException, appError, isAppError } from '@shared/errors'
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
     * rejection from Thordata, is that line's result; the other lines still go through.
     */
    'whitelist.addMany': async ({ product, ips }) => {
      const results: BatchLineResult[] = []
      const seen = new Set<string>()
      for (const raw of ips) {
        const ip = raw.trim()
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
          const error = cause instanceof AppErrorException ? cause.appError : isAppError(cause) ? cause : null
          results.push({ ip, ok: false, error: error ?? appError('server', 'Thordata did not accept this address') })
        }
      }
      return results
    },
  } satisfies Partial<Handlers>
}
