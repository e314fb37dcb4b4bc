/** Reading one HTTP answer defensively: redirects are reported, not followed, and a body has a size cap. */

/** Thrown by readCapped when the body passes the cap; the transport turns it into a final AppError. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`reply body over ${limitBytes} bytes`)
    this.name = 'BodyTooLarge'
  }
}

/**
 * A 3xx under `redirect: 'manual'`, as Node's fetch hands it back (status and `location`). A browser-style fetch
 * may instead give a response of type 'opaqueredirect', read as a redirect too. Electron's net.fetch returns
 * neither: it rejects (see isRedirectRefusal).
 */
export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)
}

/**
 * A fetch rejection that means "the server answered with a redirect, and it was not followed": Electron's net.fetch
 * under `redirect: 'manual'` rejects with `Error('Redirect was cancelled')` (electron/electron#43715), possibly
 * wrapped. Looked for in the message of the error and its causes.
 */
export function isRedirectRefusal(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth++) {
    const message = (current as { message?: unknown }).message
    if (typeof message === 'string' && /Redirect was cancelled/i.test(message)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

/**
 * The body as text, read as a stream so that a huge or endless body costs at most `limitBytes` of memory. A
 * declared Content-Length over the cap fails before reading anything.
 */
export async function readCapped(response: Response, limitBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > limitBytes) {
    await response.body?.cancel().catch(() => {})
    throw new BodyTooLarge(limitBytes)
  }
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limitBytes) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLarge(limitBytes)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}
