import type { ExtractedProxy } from '@shared/domain/extract'

/**
 * The `IP:port` entries extract links handed out in this run, per product. The tester connects to an entry only if
 * main saw Thordata hand it out, so `proxy.test` cannot be used to make this machine connect anywhere the window
 * names. Bounded: the oldest entries are forgotten first.
 */
export function createHandedOut(max = 5_000) {
  const entries = new Set<string>()
  const key = (product: string, host: string, port: number) => `${product}|${host.toLowerCase()}|${port}`
  return {
    remember(product: string, proxies: readonly ExtractedProxy[]): void {
      for (const proxy of proxies) {
        const entry = key(product, proxy.host, proxy.port)
        entries.delete(entry)
        entries.add(entry)
        if (entries.size > max) entries.delete(entries.values().next().value as string)
      }
    },
    has: (product: string, host: string, port: number) => entries.has(key(product, host, port)),
  }
}
export type HandedOut = ReturnType<typeof createHandedOut>
