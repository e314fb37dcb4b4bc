import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createConfig } from './packaging/builder-config'

/** docs/security.md stays true: every checklist item has a test that exists, or a written reason. */
const root = resolve(__dirname, '..')
const read = (file: string) => readFileSync(resolve(root, file), 'utf8')
const doc = read('docs/security.md')

/** Electron's checklist (docs/tutorial/security.md, "Checklist: Security recommendations"), in its order. */
const checklist = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable context isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable `webSecurity`',
  'Define a Content-Security-Policy',
  'Do not enable `allowRunningInsecureContent`',
  'Do not enable experimental features',
  'Do not use `enableBlinkFeatures`',
  '`<webview>`: Do not use `allowpopups`',
  '`<webview>`: Verify options and params',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use `shell.openExternal` with untrusted content',
  'Use a current version of Electron',
  'Validate the `sender` of all IPC messages',
  'Avoid `file://`, prefer a custom protocol',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content',
]

function tableRows(heading: string): string[][] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading)) ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    )
}

/** `file` › "test name" pairs in a proof cell. */
function proofs(cell: string): Array<{ file: string; name: string }> {
  return [...cell.matchAll(/`([^`]+)` › "([^"]+)"/g)].map((m) => ({ file: m[1], name: m[2] }))
}

function assertProofsExist(cell: string) {
  for (const { file, name } of proofs(cell)) {
    expect(existsSync(resolve(root, file)), `${file} exists`).toBe(true)
    expect(read(file), `${file} has a test "${name}"`).toContain(name)
  }
}

describe('docs/security.md', () => {
  const rows = tableRows("Electron's checklist")

  it('lists every item of Electron’s security checklist, in order', () => {
    expect(rows.map((r) => r[1])).toEqual(checklist)
    expect(rows.map((r) => Number(r[0]))).toEqual(checklist.map((_, i) => i + 1))
  })

  it.each(checklist.map((item, i) => [i + 1, item]))('item %i (%s) names a test that exists, or a reason', (n) => {
    const [, , how, proof] = rows[(n as number) - 1]
    expect(how.length, 'says how the app meets it').toBeGreaterThan(20)
    if (proofs(proof).length === 0) expect(proof).toMatch(/^Reason: .{40,}/)
    assertProofsExist(proof)
  })

  it('names real tests for the app’s own rules too', () => {
    const own = tableRows("The app's own rules")
    expect(own.length).toBeGreaterThanOrEqual(4)
    for (const row of own) {
      expect(proofs(row[2]).length, row[0]).toBeGreaterThan(0)
      assertProofsExist(row[2])
    }
  })

  it('is linked from the README', () => {
    expect(read('README.md')).toContain('(docs/security.md)')
  })
})

describe('what docs/security.md promises about the build', () => {
  it('pins Electron to one exact, current major version', () => {
    const version: string = JSON.parse(read('package.json')).devDependencies.electron
    expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45)
  })

  it('packages with the fuses turned the safe way', () => {
    const { version } = JSON.parse(read('package.json'))
    const fuses = createConfig({ version, env: { THORDATA_UPDATE_URL: 'https://x.test/' } }).electronFuses ?? {}
    for (const off of [
      'runAsNode',
      'enableNodeOptionsEnvironmentVariable',
      'enableNodeCliInspectArguments',
      'grantFileProtocolExtraPrivileges',
    ] as const) {
      expect(fuses[off], off).toBe(false)
    }
    for (const on of [
      'enableCookieEncryption',
      'enableEmbeddedAsarIntegrityValidation',
      'onlyLoadAppFromAsar',
    ] as const) {
      expect(fuses[on], on).toBe(true)
    }
  })
})
