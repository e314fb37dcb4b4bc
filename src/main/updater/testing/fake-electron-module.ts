import { request as httpRequest } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** What electron-updater's ElectronHttpExecutor passes to `net.request` (builder-util-runtime's request options). */
interface NetRequestOptions {
  protocol?: string
  hostname?: string
  port?: number | string
  path?: string
  method?: string
  headers?: Record<string, string>
}

/**
 * The parts of the `electron` module electron-updater touches on Linux, played by Node: `net.request` is Node's
 * http client (the same ClientRequest / IncomingMessage events Electron's net module emits), `app` an installed
 * app at `version`. Installed into Node's require cache, so the real library loads it as `require('electron')`.
 */
export function installFakeElectronModule(options: { version: string; userData: string }): () => void {
  const fromUpdater = createRequire(createRequire(__filename).resolve('electron-updater'))
  const electronPath = fromUpdater.resolve('electron')
  const fake = {
    net: {
      request: (o: NetRequestOptions) => {
        if (o.protocol !== 'http:') throw new Error(`The test feed is plain loopback http, not ${o.protocol}`)
        return httpRequest({
          hostname: o.hostname,
          port: o.port,
          path: o.path,
          method: o.method ?? 'GET',
          headers: o.headers,
        })
      },
    },
    session: { fromPartition: () => ({}) },
    app: {
      getVersion: () => options.version,
      getName: () => 'Thordata Desktop',
      isPackaged: true,
      getAppPath: () => join(tmpdir(), 'no-app-path'),
      getPath: () => options.userData,
      whenReady: async () => {},
      quit: () => {},
      relaunch: () => {},
      once: () => {},
    },
  }
  const cache = fromUpdater.cache
  const previous = cache[electronPath]
  cache[electronPath] = { id: electronPath, filename: electronPath, loaded: true, exports: fake } as NodeJS.Module
  return () => {
    if (previous) cache[electronPath] = previous
    else delete cache[electronPath]
  }
}
