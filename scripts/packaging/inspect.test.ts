// The packaging proof's checks, shown to fail on the packages they exist to catch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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
import { DEFAULT_FUSE_WIRE, FUSE_SENTINEL } from './stand-in-electron'

const good = ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']

describe('asarContentProblems', () => {
  it('passes a clean build', () => {
    expect(asarContentProblems([...good, '/resources/tray/tray-normal.png', '/node_modules/zod/index.js'])).toEqual([])
  })

  it('names source maps, tests, sources, stray folders and missing entries', () => {
    const problems = asarContentProblems([
      '/package.json',
      '/out/main/index.js',
      '/out/main/index.js.map',
      '/out/bench.json',
      '/out/renderer/index.html',
      '/src/main/index.ts',
      '/node_modules/zod/src/tests/a.test.ts',
    ])
    expect(problems).toEqual([
      'missing /out/preload/index.js',
      'source map /out/main/index.js.map',
      'not part of the build: /out/bench.json',
      'unexpected top-level entry /src/main/index.ts',
      'source file /src/main/index.ts',
      'test file /node_modules/zod/src/tests/a.test.ts',
    ])
  })
})

describe('dependencies in the archive', () => {
  const projectDir = resolve(__dirname, '../..')
  const pkg = { dependencies: { zod: '1' }, devDependencies: { vitest: '1' } }

  it('finds package names at any depth, scoped or not', () => {
    const shipped = shippedPackages([
      '/node_modules/zod/package.json',
      '/node_modules/zod/v4/package.json',
      '/node_modules/@napi-rs/keyring/package.json',
      '/node_modules/a/package.json',
      '/node_modules/a/node_modules/b/package.json',
    ])
    expect([...shipped].sort()).toEqual(['@napi-rs/keyring', 'a', 'b', 'zod'])
  })

  it('reports a shipped devDependency, a stranger and a missing dependency', () => {
    expect(dependencyProblems(new Set(['vitest', 'left-pad']), new Set(['zod']), pkg)).toEqual([
      'devDependency shipped: vitest',
      'not a production dependency: left-pad',
      'dependency missing from the archive: zod',
    ])
    expect(dependencyProblems(new Set(['zod']), new Set(['zod']), pkg)).toEqual([])
  })

  it("walks the project's installed production tree, not its devDependencies", () => {
    const tree = productionTree(projectDir)
    expect(tree.has('electron-updater')).toBe(true)
    expect(tree.has('builder-util-runtime')).toBe(true)
    expect(tree.has('vitest')).toBe(false)
    expect(tree.has('electron-builder')).toBe(false)
  })
})

describe('fuses', () => {
  const binary = (wire: string) =>
    Buffer.concat([Buffer.from(`junk${FUSE_SENTINEL}`), Buffer.from([1, wire.length]), Buffer.from(`${wire}tail`)])

  it('reads the wire after the sentinel and compares it with the configuration', () => {
    expect(readFuseWire(binary(DEFAULT_FUSE_WIRE))).toBe(DEFAULT_FUSE_WIRE)
    expect(fuseProblems('01001100', { runAsNode: false, onlyLoadAppFromAsar: true })).toEqual([])
    expect(fuseProblems(DEFAULT_FUSE_WIRE, { runAsNode: false, enableCookieEncryption: true })).toEqual([
      'runAsNode is 1, wanted off',
      'enableCookieEncryption is 0, wanted on',
    ])
  })

  it('refuses a binary without fuses', () => {
    expect(() => readFuseWire(Buffer.from('#!/bin/sh\n'))).toThrow('no fuse sentinel')
  })
})

describe.skipIf(process.platform !== 'linux')('desktop-file-validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thordata-desktop-entry-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const check = (text: string) => {
    const file = join(dir, 'app.desktop')
    writeFileSync(file, text)
    return validateDesktopFile(file)
  }

  it('rejects an entry with an unregistered category and an unknown key', () => {
    const problems = check('[Desktop Entry]\nType=Application\nName=X\nExec=x\nCategories=Proxies;\nColour=blue\n')
    expect(problems).not.toBeNull()
    expect(problems?.join('\n')).toMatch(/Proxies/)
    expect(problems?.join('\n')).toMatch(/Colour/)
  })

  it('accepts a valid one, whose keys can be read back', () => {
    const text = '[Desktop Entry]\nType=Application\nName=X\nExec=x %U\nIcon=x\nCategories=Network;\n'
    expect(check(text)).toEqual([])
    expect(desktopEntryKeys(text)).toEqual({
      Type: 'Application',
      Name: 'X',
      Exec: 'x %U',
      Icon: 'x',
      Categories: 'Network;',
    })
  })
})
