import { isIP } from 'node:net'

/** One spelling per address: IPv6 compressed and lower-cased, so "2001:DB8:0::1" and "2001:db8::1" are the same IP. */
export function canonicalIp(text: string): string | null {
  const version = isIP(text)
  if (version === 4) return text
  if (version === 6) return new URL(`http://[${text}]/`).hostname.slice(1, -1)
  return null
}
