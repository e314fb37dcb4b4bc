import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Electron ≥42 downloads its binary on the first require('electron'), which fails offline. So look for the
 * binary without requiring the package, and hand its path to Playwright.
 */
export function findElectron(): { path: string; reason?: undefined } | { path?: undefined; reason: string } {
  let packageDir: string
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { reason: 'the electron package is not installed' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const binary = join(override, relative ?? 'electron')
    return existsSync(binary)
      ? { path: binary }
      : { reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron at ${binary}` }
  }
  if (!relative) return { reason: `${pathFile} is missing: the Electron binary was never downloaded` }
  const binary = join(packageDir, 'dist', relative)
  return existsSync(binary) ? { path: binary } : { reason: `${binary} does not exist` }
}
