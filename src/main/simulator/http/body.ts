import type { IncomingMessage } from 'node:http'
import { Params } from './params'
import { MESSAGES, SimError } from './sim-error'

const MAX_BODY_BYTES = 1_000_000

/** Query parameters merged with a form-urlencoded body (the body wins). */
export async function readParams(req: IncomingMessage, url: URL): Promise<Params> {
  const merged = new URLSearchParams(url.searchParams)
  if (req.method === 'POST') {
    const body = await readBody(req)
    if (body.trim() !== '') {
      const type = (req.headers['content-type'] ?? '').toLowerCase()
      if (!type.startsWith('application/x-www-form-urlencoded')) {
        throw new SimError(10000, `${MESSAGES[10000]}: send the parameters as application/x-www-form-urlencoded`)
      }
      for (const [name, value] of new URLSearchParams(body)) merged.set(name, value)
    }
  }
  return new Params(merged)
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new SimError(10000, `${MESSAGES[10000]}: request body too large`))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
