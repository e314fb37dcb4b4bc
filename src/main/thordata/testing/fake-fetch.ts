/** A scripted stand-in for fetch: records every request, answers from a list. For the transport's unit tests. */
export type Reply =
  | { status?: number; body: string }
  | { status?: number; json: unknown }
  | { fail: string }
  | { hang: true }

export interface SeenRequest {
  method: string
  url: URL
  headers: Headers
  body: string
}

export function networkError(code: string): Error {
  const cause = Object.assign(new Error(`connect ${code}`), { code })
  return Object.assign(new TypeError('fetch failed'), { cause })
}

export function fakeFetch(replies: Reply[] | ((request: SeenRequest) => Reply)) {
  const seen: SeenRequest[] = []
  const queue = Array.isArray(replies) ? [...replies] : null
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : '',
    }
    seen.push(request)
    const reply = queue ? queue.shift() : (replies as (r: SeenRequest) => Reply)(request)
    if (!reply) throw new Error(`fake fetch: no reply scripted for request ${seen.length}`)
    if ('fail' in reply) throw networkError(reply.fail)
    if ('hang' in reply) {
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      })
    }
    const body = 'json' in reply ? JSON.stringify(reply.json) : reply.body
    return new Response(body, { status: reply.status ?? 200 })
  }
  return { fetch: fetch as typeof globalThis.fetch, seen }
}

export const ok = (data: unknown): Reply => ({ json: { code: 200, data, msg: 'ok' } })
export const code = (n: number, msg = 'error'): Reply => ({ json: { code: n, data: null, msg } })
