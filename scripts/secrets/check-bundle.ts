/**
 * After the build (npm run test:e2e runs it right after `npm run build`): the renderer and preload bundles carry
 * neither the demo nor the test credentials, and no part of out/ carries the test ones. Fails when out/ is missing,
 * so it can never pass by finding nothing.
 */
import { join } from 'node:path'
import { BRIDGE_ACCOUNT } from '../../e2e/bridge/server'
import { DEMO_CREDENTIALS } from '../../src/main/simulator/demo-credentials'
import { scanBundle } from './bundle'

const out = join(process.cwd(), 'out')
const demo = { 'demo token': DEMO_CREDENTIALS.token, 'demo key': DEMO_CREDENTIALS.key }
const bridge = { 'bridge test token': BRIDGE_ACCOUNT.token, 'bridge test key': BRIDGE_ACCOUNT.key }

async function main(): Promise<number> {
  const report = await scanBundle([
    { dir: join(out, 'renderer'), secrets: { ...demo, ...bridge } },
    { dir: join(out, 'preload'), secrets: { ...demo, ...bridge } },
    // Main runs the demo simulator, so the demo credentials belong there; the test ones never do.
    { dir: join(out, 'main'), secrets: bridge },
  ])

  for (const dir of report.missing) console.error(`bundle secrets: ${dir} is missing or empty; run npm run build first`)
  for (const leak of report.leaks) {
    console.error(`bundle secrets: the ${leak.secret} (${leak.form}) is in ${leak.where}: …${leak.context}…`)
  }
  if (report.missing.length > 0 || report.leaks.length > 0) return 1
  console.log(`bundle secrets: ${report.filesScanned} built files scanned; no demo or test credential in any form`)
  return 0
}

main().then((code) => {
  process.exitCode = code
})
