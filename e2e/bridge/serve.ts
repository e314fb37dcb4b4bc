/**
 * `npm run preview` and Playwright's web server: the built renderer + bridge + real main core + simulator,
 * on http://127.0.0.1:4173 (or --port N). Ctrl+C stops it.
 */
import { BRIDGE_ACCOUNT, startBridgeServer } from './server'

const portArg = process.argv.indexOf('--port')
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4173
const keychain = process.argv.includes('--no-keychain') ? 'unavailable' : 'os'

async function main() {
  const bridge = await startBridgeServer({ port, keychain })
  console.info(`Thordata Desktop preview: ${bridge.origin}/`)
  console.info('  "Explore demo" runs the built-in simulator.')
  console.info(
    `  "Connect your account" works with the stand-in Thordata API: token ${BRIDGE_ACCOUNT.token}, key ${BRIDGE_ACCOUNT.key}, account ${BRIDGE_ACCOUNT.accountName}`,
  )

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
