import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { _electron as electron, expect } from '@playwright/test'

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

/** The built app in Electron with a fresh user-data folder; `close()` quits it and removes the folder. */
export async function launchApp(prefix: string, executablePath: string) {
  const mainEntry = resolve(__dirname, '../../out/main/index.js')
  expect(existsSync(mainEntry), 'run `npx electron-vite build` first').toBe(true)
  const userData = mkdtempSync(join(tmpdir(), prefix))
  const app = await electron.launch({
    executablePath,
    // Chromium refuses to start its sandbox as root (CI containers); the app itself still asks for it.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainEntry],
    env: { ...process.env, THORDATA_USER_DATA: userData },
  })
  const page = await app.firstWindow()
  const close = async () => {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  }
  return { app, page, userData, close }
}
