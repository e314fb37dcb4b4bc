// A stand-in for an unpacked Linux Electron distribution, for `electronDist`: electron-builder copies it, renames the
// executable, flips its fuses and adds resources/app.asar, which is all a packaging test needs. Nothing in it runs.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The marker @electron/fuses looks for in the Electron binary; the fuse wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/**
 * Electron's fuse defaults in wire order (RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
 * EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges, WasmTrapHandlers): '1' on, '0' off.
 */
export const DEFAULT_FUSE_WIRE = '101100011'

/** Writes the stand-in into `dir` and returns it. `version` is the Electron version it claims to be. */
export function makeStandInElectron(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# Stand-in Electron for packaging tests; it cannot run an app.\n# `, 'latin1'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    // Fuse wire version 1, its length, then one byte per fuse.
    Buffer.from([1, DEFAULT_FUSE_WIRE.length]),
    Buffer.from(DEFAULT_FUSE_WIRE, 'latin1'),
    Buffer.from('\necho "stand-in Electron: no real binary here" >&2\nexit 1\n', 'latin1'),
  ])
  const executable = join(dir, 'electron')
  writeFileSync(executable, wire)
  chmodSync(executable, 0o755)
  writeFileSync(join(dir, 'version'), version)
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron license file.\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Stand-in</title>\n')
  return dir
}
