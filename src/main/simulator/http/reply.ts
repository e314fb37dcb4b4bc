import type { ServerResponse } from 'node:http'
import { STATUS_CODES } from 'node:http'
import type { Envelope, RawReply } from './route'

export function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  if (res.destroyed || res.headersSent) return
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) })
  res.end(body)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body))
}

export function sendRaw(res: ServerResponse, reply: RawReply): void {
  send(res, reply.status, reply.contentType, reply.body)
}

/** Payload errors travel with HTTP 200, as the real API does; only the body says what went wrong. */
export function sendError(res: ServerResponse, envelope: Envelope, code: number, msg: string): void {
  if (envelope === 'raw') sendJson(res, 200, { code, msg })
  else if (envelope === 'balancing') sendJson(res, 200, { status_code: code, payload: null, msg })
  else sendJson(res, 200, { code, data: null, msg })
}

export function sendSuccess(res: ServerResponse, envelope: Envelope, data: unknown): void {
  if (envelope === 'raw') sendRaw(res, data as RawReply)
  else if (envelope === 'balancing') sendJson(res, 200, { status_code: 200, payload: data, msg: 'ok' })
  else sendJson(res, 200, { code: 200, data, msg: 'ok' })
}

/** What a gateway in front of the API answers when the backend falls over. */
export function sendHttpError(res: ServerResponse, status: number): void {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`
  const page = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  send(res, status, 'text/html', page)
}

/** Cut off mid-object, as if the connection dropped while the body was being written. */
export function sendMalformed(res: ServerResponse): void {
  send(res, 200, 'application/json; charset=utf-8', '{"code":200,"data":{"traffic_bal')
}
