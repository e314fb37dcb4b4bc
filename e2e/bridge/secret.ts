import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * The preview's capability: a random secret per launch, without which no `/__bridge/*` call (and no page) is
 * answered. A browser holds it as an HttpOnly, SameSite=Strict cookie set when it opens the printed link; a local
 * tool or test sends it as a header. Dependency-free so Playwright's config and fixtures can import it.
 */
export const BRIDGE_SECRET_HEADER = 'x-thordata-bridge-secret'
export const BRIDGE_SECRET_QUERY = 'secret'

/** One cookie per port: cookies ignore ports, and two previews on 127.0.0.1 must not overwrite each other's. */
export const bridgeCookieName = (port: number | string): string => `thordata-bridge-${port}`

export const newBridgeSecret = (): string => randomBytes(32).toString('hex')

/** Constant-time comparison (hashing first, so the lengths never differ either). */
export function secretMatches(candidate: string | undefined, secret: string): boolean {
  if (candidate === undefined) return false
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(candidate), digest(secret))
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

export function createGuard(secret: string, port: number) {
  const name = bridgeCookieName(port)
  return {
    /** The request carries this launch's secret, in the header or the cookie. */
    allows(req: IncomingMessage): boolean {
      const header = req.headers[BRIDGE_SECRET_HEADER]
      const offered = Array.isArray(header) ? header[0] : header
      return secretMatches(offered ?? cookieValue(req.headers.cookie, name), secret)
    },
    matches: (candidate: string) => secretMatches(candidate, secret),
    setCookie: () => `${name}=${secret}; Path=/; HttpOnly; SameSite=Strict`,
    cookie: { name, value: secret },
  }
}

/** What a browser shows when it reaches the preview without the secret (a bookmark, a link from an earlier launch). */
export const OPEN_THE_PRINTED_LINK = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Thordata Desktop preview</title></head>
  <body>
    <h1>Open the link printed in the terminal</h1>
    <p>This browser preview answers only the link that <code>npm run preview</code> (or <code>npm start</code>) printed
    when it started: it carries a secret made for that launch. A link from an earlier launch no longer works.</p>
  </body>
</html>
`
