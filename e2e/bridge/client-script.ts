import { resolve } from 'node:path'
import { build } from 'esbuild'

let bundled: Promise<string> | null = null

/**
 * The script the bridge serves at /__bridge/bridge.js: ./client.ts with the preload's buildBridge, bundled once
 * per process and kept in memory. It plays the preload's part in the browser (CSP allows same-origin scripts).
 */
export function bridgeClientScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [resolve(__dirname, 'client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    alias: { '@shared': resolve(__dirname, '../../src/shared') },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text)
  bundled.catch(() => {
    bundled = null
  })
  return bundled
}
