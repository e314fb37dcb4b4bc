import { z } from 'zod'
import { endpointInput } from './endpoint'
import { isValidIp } from './public-ip'
import { whitelistProduct } from './whitelist'

/**
 * What the proxy tester is asked to test: a user:pass endpoint from the generator (main fills in the password), or
 * an `IP:port` entry an extract link handed out, which signs in by the whitelist and sends no credentials.
 */
export const proxyEntry = z.object({
  product: whitelistProduct,
  host: z
    .string()
    .trim()
    .max(253)
    .refine(
      (v) => isValidIp(v) || /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/.test(v),
      'validation:proxyTest.host',
    ),
  port: z
    .number({ error: 'validation:proxyTest.port' })
    .int('validation:proxyTest.port')
    .min(1, 'validation:proxyTest.port')
    .max(65535, 'validation:proxyTest.port'),
})
export type ProxyEntry = z.infer<typeof proxyEntry>

export const proxyTestInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('endpoint'), endpoint: endpointInput }),
  z.object({ kind: z.literal('entry'), entry: proxyEntry }),
])
export type ProxyTestInput = z.input<typeof proxyTestInput>

/** What one request through the proxy found. */
export interface ProxyTestResult {
  /** The address the IP-echo service saw: the proxy's exit. */
  exitIp: string
  /** ISO code, when the service reports one. */
  country: string | null
  /** From opening the connection to the proxy until the echo's answer was read. */
  latencyMs: number
  /** `host:port` the request went through (the simulator's proxy in demo mode). */
  proxy: string
  /** Host of the IP-echo service that answered. */
  echoSource: string
  /** Demo mode: the request went through the app's built-in simulator, not Thordata. */
  simulated: boolean
  /** The tester speaks HTTP to the proxy; a socks5h endpoint was tested over HTTP on the same gateway. */
  testedOver: 'http'
}
