import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scanBundle } from './bundle'
import { findSecrets } from './forms'

const secrets = { token: 'tokSECRET9f3a61c0d2', key: 'keySECRET+7e/41=b' }
const b64 = (text: string) => Buffer.from(text).toString('base64')

describe('finding a secret in any form', () => {
  it.each([
    ['raw', `x=${secrets.token}`],
    ['upper case', secrets.token.toUpperCase()],
    ['URL-encoded', `?key=${encodeURIComponent(secrets.key)}`],
    ['URL-encoded, lower-case escapes', encodeURIComponent(secrets.key).toLowerCase()],
    ['form-encoded', new URLSearchParams({ key: secrets.key }).toString()],
    ['base64', b64(secrets.token)],
    ['base64url', Buffer.from(secrets.key).toString('base64url')],
    ['base64 of the lower case', b64(secrets.token.toLowerCase())],
    ['inside a longer base64 text', `Basic ${b64(`acme:${secrets.key}`)}`],
    ['inside a longer base64 text, other alignment', b64(`ab${secrets.token}cd`)],
  ])('finds it %s', (_, text) => {
    expect(findSecrets(text, secrets, 'sample').length).toBeGreaterThan(0)
  })

  it('does not cry wolf on text without them', () => {
    expect(findSecrets(`token=[redacted] ${b64('tokSECRET')} keySECRET`, secrets, 'sample')).toEqual([])
  })
})

describe('scanning a build', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'thordata-bundle-'))
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true })
    await writeFile(join(dir, 'renderer', 'index.html'), '<html></html>')
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('reports a secret in a nested file, with the file and the form but not the value', async () => {
    await writeFile(join(dir, 'renderer', 'assets', 'index.js'), `const k=atob("${b64(secrets.key)}")`)
    const report = await scanBundle([{ dir: join(dir, 'renderer'), secrets }], dir)
    expect(report.filesScanned).toBe(2)
    expect(report.leaks).toMatchObject([{ secret: 'key', where: join('renderer', 'assets', 'index.js') }])
    expect(JSON.stringify(report)).not.toContain(secrets.key)
  })

  it('fails on a folder that is missing or empty instead of passing on nothing', async () => {
    await mkdir(join(dir, 'preload'))
    const report = await scanBundle(
      [
        { dir: join(dir, 'renderer'), secrets },
        { dir: join(dir, 'preload'), secrets },
        { dir: join(dir, 'main'), secrets },
      ],
      dir,
    )
    expect(report.leaks).toEqual([])
    expect(report.missing).toEqual(['preload', 'main'])
  })
})
