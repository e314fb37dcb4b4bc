import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The port asked for is in use by another program. */
export class PortTakenError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use`)
    this.name = 'PortTakenError'
  }
}

const NEXT_PORTS = 5

function listenOnce(server: Server, port: number): Promise<number> {
  return new Promise((done, reject) => {
    const fail = (error: NodeJS.ErrnoException) => {
      server.off('listening', ok)
      reject(error.code === 'EADDRINUSE' ? new PortTakenError(port) : error)
    }
    const ok = () => {
      server.off('error', fail)
      done((server.address() as AddressInfo).port)
    }
    server.once('error', fail)
    server.once('listening', ok)
    server.listen(port, '127.0.0.1')
  })
}

/**
 * Listens on loopback. `fallback`: when `port` is taken, tries the next few ports, then any free one; without it a
 * taken port is a PortTakenError (the caller says so in one line), never an unhandled EADDRINUSE.
 */
export async function listenOnLoopback(server: Server, port: number, fallback: boolean): Promise<number> {
  const candidates =
    fallback && port !== 0
      ? [...Array.from({ length: NEXT_PORTS }, (_, i) => port + i).filter((p) => p <= 65535), 0]
      : [port]
  for (const [index, candidate] of candidates.entries()) {
    try {
      return await listenOnce(server, candidate)
    } catch (error) {
      if (!(error instanceof PortTakenError) || index === candidates.length - 1) throw error
    }
  }
  throw new PortTakenError(port)
}
