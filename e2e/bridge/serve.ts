/**
 * `npm run preview` (and `npm start` where Electron cannot run): the built renderer + bridge + real main core +
 * simulator, for one person on this machine. Prints a link carrying this launch's secret. Ctrl+C stops it.
 *   --port N        that port or exit 1 (default 4173, or the next free port when 4173 is taken)
 *   --no-keychain   keep credentials in memory only
 *   --test          Playwright's web server: test routes on, secret from THORDATA_BRIDGE_SECRET, renderer from
 *                   THORDATA_RENDERER_DIR when set (default out/renderer)
 */
import { PortTakenError } from './listen'
import { BRIDGE_ACCOUNT, startBridgeServer } from './server'

const DEFAULT_PORT = 4173
const args = process.argv.slice(2)
const test = args.includes('--test')
const keychain = args.includes('--no-keychain') ? 'unavailable' : 'os'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function explicitPort(): number | undefined {
  const at = args.indexOf('--port')
  if (at < 0) return undefined
  const port = Number(args[at + 1])
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`--port needs a port number (1–65535), not "${args[at + 1] ?? ''}".`)
  return port
}

async function main() {
  const asked = explicitPort()
  const envSecret = process.env.THORDATA_BRIDGE_SECRET
  if (envSecret && !test)
    console.warn('THORDATA_BRIDGE_SECRET is used only with --test; this launch makes its own secret.')
  const wanted = asked ?? DEFAULT_PORT
  const bridge = await startBridgeServer({
    port: wanted,
    portFallback: asked === undefined,
    keychain,
    testRoutes: test,
    secret: test ? envSecret : undefined,
    // Tests only: another build of the renderer (e.g. `electron-vite build --outDir out-x`), so two suites can run at once.
    rendererDir: test ? process.env.THORDATA_RENDERER_DIR : undefined,
  }).catch((error: unknown) => {
    if (error instanceof PortTakenError) {
      fail(`Port ${error.port} is already in use: stop what runs there, or pick another port with --port N.`)
    }
    throw error
  })
  const port = Number(new URL(bridge.origin).port)
  if (port !== wanted) console.info(`Port ${wanted} is in use, so the preview runs on port ${port} instead.`)
  console.info(`Thordata Desktop preview: ${bridge.url}`)
  console.info('  Open this link: it carries a secret made for this launch. Only you, on this machine, should use it.')
  console.info('  "Explore demo" runs the built-in simulator.')
  console.info(
    `  "Connect your account" works with the stand-in Thordata API: token ${BRIDGE_ACCOUNT.token}, key ${BRIDGE_ACCOUNT.key}, account ${BRIDGE_ACCOUNT.accountName}`,
  )
  if (test) console.info('  Test routes are on (--test).')

  const stop = async () => {
    await bridge.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
