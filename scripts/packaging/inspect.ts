// Checks on a packaged app, as pure functions over what was read from it, so each check can be shown to fail.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { FUSE_SENTINEL } from './stand-in-electron'

/** Entries of app.asar (as @electron/asar lists them: "/out/main/index.js") that have no place in a shipped app. */
export function asarContentProblems(entries: readonly string[]): string[] {
  const problems: string[] = []
  for (const required of ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']) {
    if (!entries.includes(required)) problems.push(`missing ${required}`)
  }
  const topLevel = new Set(['out', 'package.json', 'resources', 'node_modules'])
  const builtParts = new Set(['main', 'preload', 'renderer'])
  for (const entry of entries) {
    const [top, second] = entry.split('/').slice(1)
    if (!topLevel.has(top)) problems.push(`unexpected top-level entry ${entry}`)
    else if (top === 'out' && second !== undefined && !builtParts.has(second))
      problems.push(`not part of the build: ${entry}`)
    if (entry.endsWith('.map')) problems.push(`source map ${entry}`)
    if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry)) problems.push(`test file ${entry}`)
    if (top !== 'node_modules' && /\.tsx?$/.test(entry)) problems.push(`source file ${entry}`)
  }
  return problems
}

/** "/node_modules/@scope/name/…" → the package names shipped at any depth. */
export function shippedPackages(entries: readonly string[]): Set<string> {
  const names = new Set<string>()
  for (const entry of entries) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/.exec(entry)
    if (match) names.add(match[1])
  }
  return names
}

interface PackageJson {
  name?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const readJson = (file: string): PackageJson => JSON.parse(readFileSync(file, 'utf8'))

/**
 * The installed production dependency tree of the project: its dependencies and theirs, resolved the way Node does
 * (a nested node_modules first, then the parents'). Optional dependencies count when they are installed.
 */
export function productionTree(projectDir: string): Set<string> {
  const seenDirs = new Set<string>()
  const names = new Set<string>()
  const visit = (fromDir: string, pkg: PackageJson, optional: Set<string>) => {
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...optional]) {
      const dir = resolvePackageDir(fromDir, name)
      if (!dir) {
        if (optional.has(name)) continue
        throw new Error(`${name} (needed by ${pkg.name ?? projectDir}) is not installed`)
      }
      names.add(name)
      if (seenDirs.has(dir)) continue
      seenDirs.add(dir)
      const child = readJson(join(dir, 'package.json'))
      visit(dir, child, new Set(Object.keys(child.optionalDependencies ?? {})))
    }
  }
  const root = readJson(join(projectDir, 'package.json'))
  visit(projectDir, root, new Set(Object.keys(root.optionalDependencies ?? {})))
  return names
}

function resolvePackageDir(fromDir: string, name: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dirname(dir) === dir) return null
  }
}

/** Packages in the archive that are devDependencies, or that no production dependency needs. */
export function dependencyProblems(shipped: Set<string>, production: Set<string>, pkg: PackageJson): string[] {
  const problems: string[] = []
  for (const name of shipped) {
    if (pkg.devDependencies?.[name] && !production.has(name)) problems.push(`devDependency shipped: ${name}`)
    else if (!production.has(name)) problems.push(`not a production dependency: ${name}`)
  }
  for (const name of Object.keys(pkg.dependencies ?? {})) {
    if (!shipped.has(name)) problems.push(`dependency missing from the archive: ${name}`)
  }
  return problems
}

/** The fuse wire of an Electron binary: one character per fuse, '1' on, '0' off, 'r' removed. */
export function readFuseWire(binary: Buffer): string {
  const at = binary.indexOf(FUSE_SENTINEL)
  if (at < 0) throw new Error('no fuse sentinel in the binary')
  const start = at + FUSE_SENTINEL.length
  const version = binary[start]
  if (version !== 1) throw new Error(`fuse wire version ${version}, expected 1`)
  return binary.subarray(start + 2, start + 2 + binary[start + 1]).toString('latin1')
}

/** @electron/fuses' V1 order, by electron-builder's `electronFuses` names. */
export const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const

/** Fuses whose state in `wire` differs from `wanted` (unset entries are not checked). */
export function fuseProblems(wire: string, wanted: Partial<Record<(typeof FUSE_ORDER)[number], boolean>>): string[] {
  return FUSE_ORDER.flatMap((name, index) => {
    const want = wanted[name]
    if (want === undefined) return []
    const have = wire[index]
    return have === (want ? '1' : '0') ? [] : [`${name} is ${have ?? 'missing'}, wanted ${want ? 'on' : 'off'}`]
  })
}

/** desktop-file-validate's complaints about `file` (empty when it passes), or null when the tool is missing. */
export function validateDesktopFile(file: string): string[] | null {
  const run = spawnSync('desktop-file-validate', [file], { encoding: 'utf8' })
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') return null
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim() !== '')
  // Hints are advice; errors and warnings fail (its exit code is non-zero only on errors).
  const serious = lines.filter((line) => !/: hint: /.test(line))
  return run.status === 0 && serious.length === 0 ? [] : serious.length ? serious : [`exit ${run.status}`]
}

/** `Key=value` lines of the [Desktop Entry] group. */
export function desktopEntryKeys(text: string): Record<string, string> {
  const group = text.split(/^\[/m).find((part) => part.startsWith('Desktop Entry]')) ?? ''
  return Object.fromEntries(
    group
      .split('\n')
      .slice(1)
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
}
