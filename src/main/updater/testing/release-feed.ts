import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, join } from 'node:path'

export interface FeedOptions {
  /** The folder a packaging run wrote: latest-linux.yml and the artifact it names. */
  releaseDir: string
  /** Flip a byte of every artifact served (a corrupted download or a tampered mirror). */
  tamper?: boolean
  /** Artifacts go out in this many chunks; `beforeChunk` runs before each (a test moves its clock there). */
  chunks?: number
  beforeChunk?: (index: number) => void
  /** Drop the connection after this many chunks of an artifact (the network going away mid-download). */
  cutAfterChunks?: number
  /** Default: any free port. */
  port?: number
}

/** An update server on loopback: the generic provider's layout (a folder of files over http). */
export async function startReleaseFeed(
  options: FeedOptions,
): Promise<{ url: string; requests: string[]; close: () => Promise<void>; server: Server }> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://feed').pathname
    requests.push(path)
    void readFile(join(options.releaseDir, basename(decodeURIComponent(path))))
      .then(async (body) => {
        if (!path.endsWith('.yml') && options.tamper) body[Math.floor(body.length / 2)] ^= 0xff
        res.writeHead(200, { 'content-length': body.length })
        const count = path.endsWith('.yml') ? 1 : (options.chunks ?? 1)
        const size = Math.ceil(body.length / count)
        for (let i = 0; i < count; i++) {
          if (!path.endsWith('.yml') && i === options.cutAfterChunks) {
            res.destroy()
            return
          }
          options.beforeChunk?.(i)
          await new Promise<void>((done) => res.write(body.subarray(i * size, (i + 1) * size), () => done()))
          // Long enough for the client to read this chunk before the next one (and the next clock step) arrives.
          if (count > 1) await new Promise((done) => setTimeout(done, 25))
        }
        res.end()
      })
      .catch(() => {
        res.writeHead(404).end()
      })
  })
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        // electron-updater keeps its connection alive; without this, close waits for the idle timeout.
        server.closeAllConnections()
      }),
  }
}
