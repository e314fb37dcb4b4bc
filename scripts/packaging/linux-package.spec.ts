// The packaging proof: electron-builder packages the built app (`dir` target, Linux) against a stand-in Electron,
// and the output is inspected as an installer would ship it. Runs after the build (npm run test:package).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import asar from '@electron/asar'
import { describe, expect, inject, it } from 'vitest'
import { UPDATE_URL } from './constants'
import {
  asarContentProblems,
  dependencyProblems,
  desktopEntryKeys,
  fuseProblems,
  productionTree,
  readFuseWire,
  shippedPackages,
  validateDesktopFile,
} from './inspect'

const projectDir = resolve(__dirname, '../..')
const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'))
// js-yaml is what electron-updater itself reads app-update.yml with.
const yaml = createRequire(require.resolve('electron-updater'))('js-yaml') as { load: (text: string) => unknown }
const { skipReason, result: packed } = inject('linuxPack')

// The stand-in is an unpacked *Linux* Electron, and the keyring binary installed is the host's: elsewhere the
// packaging would be a cross-OS build, which this project never does (global-setup.ts packages once).
describe.skipIf(skipReason)(`the Linux package built from ${packed?.outDir ?? 'out'}/ with a stand-in Electron`, () => {
  const result = packed as NonNullable<typeof packed>
  const workDir = result?.workDir
  const archive = result ? join(result.appOutDir, 'resources', 'app.asar') : ''
  const entries = result ? asar.listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/')) : []

  it('app.asar holds the build and package.json: no source maps, tests, sources or stray out/ files', () => {
    expect(asarContentProblems(entries)).toEqual([])
    expect(entries.some((entry) => entry.startsWith('/src/') || entry.startsWith('/e2e/'))).toBe(false)
  })

  it('the keyring native binary is unpacked next to the archive, for this architecture', () => {
    const triple = `linux-${process.arch}-gnu`
    const inArchive = `node_modules/@napi-rs/keyring-${triple}/keyring.${triple}.node`
    expect((asar.statFile(archive, inArchive) as { unpacked?: boolean }).unpacked).toBe(true)
    const file = join(`${archive}.unpacked`, inArchive)
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('\x7fELF')
  })

  it('ships the production dependencies and nothing else: no devDependency', () => {
    const shipped = shippedPackages(entries)
    expect(dependencyProblems(shipped, productionTree(projectDir), pkg)).toEqual([])
    for (const name of Object.keys(pkg.devDependencies)) expect(shipped.has(name), name).toBe(false)
  })

  it("the packaged package.json keeps the version and says how the build was made, for the app's updater", () => {
    const packaged = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'))
    expect(packaged.version).toBe(pkg.version)
    expect(packaged.main).toBe(pkg.main)
    expect(packaged.thordataBuild).toEqual({ signed: false, channel: 'latest' })
    expect(packaged.desktopName).toBe(`${result.executableName}.desktop`)
  })

  it('artifact names carry the version and the architecture', () => {
    expect(result.executableName).toBe('thordata-desktop')
    expect(existsSync(join(result.appOutDir, result.executableName))).toBe(true)
    const arch = { x64: ['x86_64', 'amd64'], arm64: ['arm64', 'aarch64'] }[result.arch] ?? [result.arch]
    for (const [target, name] of Object.entries(result.artifactNames)) {
      expect(name, target).toMatch(new RegExp(`^thordata-desktop-${pkg.version.replaceAll('.', '\\.')}-linux-`))
      expect(
        arch.some((a) => name.includes(a)),
        `${target}: ${name}`,
      ).toBe(true)
      expect(name.endsWith(`.${target}`), name).toBe(true)
    }
  })

  it('app-update.yml tells electron-updater where the feed is', () => {
    const update = yaml.load(readFileSync(join(result.appOutDir, 'resources', 'app-update.yml'), 'utf8'))
    expect(update).toMatchObject({ provider: 'generic', url: UPDATE_URL, channel: 'latest' })
  })

  it('the fuses in the packaged binary are flipped as configured', () => {
    const wire = readFuseWire(readFileSync(join(result.appOutDir, result.executableName)))
    const wanted = result.config.electronFuses as Parameters<typeof fuseProblems>[1]
    expect(fuseProblems(wire, wanted)).toEqual([])
    expect(wire.slice(0, 8)).toBe('01001100')
  })

  it('the desktop entries of the deb/rpm and the AppImage pass desktop-file-validate', () => {
    const dir = join(workDir, 'desktop')
    mkdirSync(dir, { recursive: true })
    for (const [target, text] of Object.entries(result.desktopEntries)) {
      const file = join(dir, `${result.executableName}-${target}.desktop`)
      writeFileSync(file, text)
      const problems = validateDesktopFile(file)
      expect(problems, 'desktop-file-validate is missing: apt-get install desktop-file-utils').not.toBeNull()
      expect(problems, `${target}:\n${text}`).toEqual([])
      const keys = desktopEntryKeys(text)
      expect(keys).toMatchObject({ Type: 'Application', Name: 'Thordata Desktop', Icon: result.executableName })
      expect(keys.Categories).toBe('Network;')
      expect(keys.StartupWMClass).toBe(result.executableName)
    }
    expect(desktopEntryKeys(result.desktopEntries.deb).Exec).toBe(
      `"/opt/${pkg.productName}/${result.executableName}" %U`,
    )
    expect(desktopEntryKeys(result.desktopEntries.appImage).Exec).toBe('AppRun --no-sandbox %U')
  })
})
