import type { IncomingMessage, ServerResponse } from 'node:http'

/** The default redirect target: another host name for this same server, so a followed redirect shows in its log. */
export function defaultRedirectLocation(req: IncomingMessage, pathname: string): string {
  return `http://localhost:${req.socket.localPort}/landed${pathname}?followed=1`
}

export function sendRedirect(res: ServerResponse, status: number, location: string): void {
  if (res.destroyed || res.headersSent) return
  const body = `<html><body>Moved to <a href="${location}">${location}</a></body></html>`
  res.writeHead(status, { Location: location, 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

/** A plain 404 from a front server that does not serve the path: no Thordata envelope. */
export function sendPlainNotFound(res: ServerResponse): void {
  if (res.destroyed || res.headersSent) return
  const body = '<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>'
  res.writeHead(404, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

const CHUNK_BYTES = 64 * 1024

/**
 * A 200 whose JSON looks like a real city list but goes on for `bytes`, streamed (no Content-Length) in chunks
 * that respect backpressure, so a client that stops reading also stops the server.
 */
export async function streamOversized(res: ServerResponse, bytes: number): Promise<void> {
  if (res.destroyed || res.headersSent) return
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
  const row = `${JSON.stringify({ country_code: 'BR', state_code: 'saopaulo', city_code: 'saopaulo', city_name: 'São Paulo' })},`
  const chunk = row.repeat(Math.ceil(CHUNK_BYTES / Buffer.byteLength(row)))
  let sent = 0
  if (!res.write('{"code":200,"msg":"ok","data":[')) await drained(res)
  while (sent < bytes && !res.destroyed) {
    sent += Buffer.byteLength(chunk)
    if (!res.write(chunk)) await drained(res)
  }
  if (!res.destroyed) res.end('{}]}')
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}
