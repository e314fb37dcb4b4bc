// The electron-builder configuration, read and checked: what each platform builds, with which icons, signing only
// when its variables are present, artifact names with the version, and a publish feed electron-updater can read.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import type { Configuration } from 'electron-builder'
import { describe, expect, it } from 'vitest'
import { type BuildEnv, channelOf, createConfig, publishConfig } from './builder-config'

const root = resolve(__dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const feed = { THORDATA_UPDATE_URL: 'https://updates.example.test/thordata' }
const config = (env: BuildEnv = feed, platform = 'linux', version = pkg.version as string) =>
  createConfig({ version, env, platform })
const buildInfo = (c: Configuration) => (c.extraMetadata as { thordataBuild: unknown }).thordataBuild
type TargetList = { target: string; arch: string[] }[]

describe('electron-builder.config.ts', () => {
  it('is what electron-builder loads: the root file (through jiti, as electron-builder does) gives createConfig', async () => {
    const jiti = createRequire(require.resolve('electron-builder'))('jiti') as {
      createJiti: (from: string) => { import: (file: string, options: { default: true }) => Promise<unknown> }
    }
    const saved = process.env.THORDATA_UPDATE_URL
    process.env.THORDATA_UPDATE_URL = feed.THORDATA_UPDATE_URL
    try {
      const loaded = await jiti
        .createJiti(__filename)
        .import(join(root, 'electron-builder.config.ts'), { default: true })
      expect(loaded).toEqual(createConfig({ version: pkg.version, env: process.env, platform: process.platform }))
      expect(loaded).toMatchObject({ publish: { provider: 'generic', url: feed.THORDATA_UPDATE_URL } })
    } finally {
      if (saved === undefined) delete process.env.THORDATA_UPDATE_URL
      else process.env.THORDATA_UPDATE_URL = saved
    }
  })

  it('every script that packages names that file', () => {
    for (const name of ['dist', 'dist:linux', 'dist:mac', 'dist:win']) {
      expect(pkg.scripts[name], name).toMatch(
        /^npm run build && electron-builder .*--config electron-builder\.config\.ts/,
      )
    }
    expect(pkg.scripts.package).toBe('npm run dist')
    expect(pkg.scripts['dist:linux']).toContain('--linux')
    expect(pkg.scripts['dist:mac']).toContain('--mac')
    expect(pkg.scripts['dist:win']).toContain('--win')
  })
})

describe('targets per platform', () => {
  it('Windows: a per-user NSIS installer for x64 and arm64, with the .ico', () => {
    const c = config()
    expect(c.win?.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(c.nsis).toMatchObject({ oneClick: true, perMachine: false })
  })

  it('macOS: dmg and zip (what electron-updater downloads) for x64 and arm64, hardened, with entitlements', () => {
    const c = config()
    const targets = c.mac?.target as TargetList
    expect(targets.map((t) => t.target)).toEqual(['dmg', 'zip'])
    for (const t of targets) expect(t.arch).toEqual(['x64', 'arm64'])
    expect(c.mac?.hardenedRuntime).toBe(true)
    for (const file of [c.mac?.entitlements, c.mac?.entitlementsInherit]) {
      const text = readFileSync(join(root, file as string), 'utf8')
      expect(text).toContain('<key>com.apple.security.cs.allow-jit</key>')
      expect(text).not.toContain('disable-library-validation')
    }
  })

  it("Linux: AppImage, deb and rpm with a category, and the keyring's Secret Service declared", () => {
    const c = config()
    expect(c.linux?.target).toEqual(['AppImage', 'deb', 'rpm'])
    expect(c.linux?.category).toBe('Network')
    expect(c.deb?.depends).toContain('libsecret-1-0')
    expect(c.deb?.depends).toContain('gnome-keyring | kwalletmanager | keepassxc')
    expect(c.rpm?.depends).toContain('libsecret')
    expect(c.rpm?.depends?.some((d) => /^\(gnome-keyring or .*keepassxc\)$/.test(d))).toBe(true)
  })

  it('every icon a target names exists, and the keyring binary is unpacked from the archive', () => {
    const c = config()
    for (const icon of [c.mac?.icon, c.win?.icon, c.linux?.icon]) {
      expect(icon).toBeTruthy()
      expect(existsSync(join(root, icon as string)), icon as string).toBe(true)
    }
    expect(c.asarUnpack).toContain('node_modules/@napi-rs/keyring*/**/*.node')
    expect(c.npmRebuild).toBe(false)
  })

  it('artifact names carry the version (and the architecture where one file holds one)', () => {
    const version = '$' + '{version}' // electron-builder's macro, spelled so no linter takes it for a template
    const c = config()
    // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's macros
    expect(c.artifactName).toBe('thordata-desktop-${version}-${os}-${arch}.${ext}')
    expect(c.nsis?.artifactName).toContain(version)
    for (const options of [c.mac, c.win, c.linux, c.dmg, c.deb, c.rpm, c.appImage]) {
      const name = (options as { artifactName?: string } | undefined)?.artifactName
      if (name) expect(name).toContain(version)
    }
  })

  it('fuses: no run-as-node, NODE_OPTIONS or inspector; cookie encryption, asar integrity and asar-only on', () => {
    expect(config().electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })
})

describe('signing follows the environment', () => {
  const appleId = { APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' }

  it('macOS without a certificate: explicitly unsigned, not notarized, re-signed ad hoc, and says so at run time', () => {
    const c = config({ ...feed, ...appleId }, 'darwin')
    expect(c.mac).toMatchObject({ identity: null, notarize: false })
    expect(c.electronFuses?.resetAdHocDarwinSignature).toBe(true)
    expect(buildInfo(c)).toEqual({ signed: false, channel: 'latest' })
  })

  it('macOS with a certificate: signed; notarized only with Apple credentials (ID or API key)', () => {
    const signedOnly = config({ ...feed, CSC_LINK: 'cert.p12' }, 'darwin')
    expect(signedOnly.mac && 'identity' in signedOnly.mac).toBe(false)
    expect(signedOnly.mac?.notarize).toBe(false)
    expect(buildInfo(signedOnly)).toEqual({ signed: true, channel: 'latest' })
    expect(config({ ...feed, CSC_LINK: 'cert.p12', ...appleId }, 'darwin').mac?.notarize).toBe(true)
    const apiKey = { APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'i', APPLE_API_ISSUER: 'u' }
    expect(config({ ...feed, CSC_NAME: 'Developer ID', ...apiKey }, 'darwin').mac?.notarize).toBe(true)
    expect(config({ ...feed, CSC_LINK: '  ', ...appleId }, 'darwin').mac?.identity).toBeNull()
  })

  it('Windows: publisherName only with a certificate (a name without a signature breaks every update)', () => {
    expect(config({ ...feed, WIN_PUBLISHER_NAME: 'Thordata' }, 'win32').win?.signtoolOptions).toBeUndefined()
    const signed = config({ ...feed, WIN_CSC_LINK: 'c.pfx', WIN_PUBLISHER_NAME: 'Thordata' }, 'win32')
    expect(signed.win?.signtoolOptions?.publisherName).toBe('Thordata')
    expect(buildInfo(signed)).toEqual({ signed: true, channel: 'latest' })
    expect(buildInfo(config(feed, 'win32'))).toEqual({ signed: false, channel: 'latest' })
  })

  it('Linux builds are marked unsigned whatever certificates are around', () => {
    expect(buildInfo(config({ ...feed, CSC_LINK: 'cert.p12' }, 'linux'))).toEqual({ signed: false, channel: 'latest' })
  })
})

describe('publish: where electron-updater finds latest*.yml', () => {
  it('the generic feed from THORDATA_UPDATE_URL, which wins over GitHub', () => {
    expect(config({ ...feed, GITHUB_REPOSITORY: 'o/r' }).publish).toEqual({
      provider: 'generic',
      url: feed.THORDATA_UPDATE_URL,
      channel: 'latest',
    })
  })

  it('GitHub Releases of THORDATA_GITHUB_REPOSITORY, else of the repository the workflow runs in', () => {
    expect(config({ THORDATA_GITHUB_REPOSITORY: 'thordata/desktop', GITHUB_REPOSITORY: 'fork/x' }).publish).toEqual({
      provider: 'github',
      owner: 'thordata',
      repo: 'desktop',
      channel: 'latest',
      releaseType: 'release',
    })
    expect(config({ GITHUB_REPOSITORY: 'fork/x' }).publish).toMatchObject({ owner: 'fork', repo: 'x' })
  })

  it('refuses to package with no feed, a plain-http feed or a malformed repository', () => {
    expect(() => config({})).toThrow(/THORDATA_UPDATE_URL .* or THORDATA_GITHUB_REPOSITORY/)
    expect(() => publishConfig({ THORDATA_UPDATE_URL: 'http://updates.example.test/' }, 'latest')).toThrow(/https/)
    expect(publishConfig({ THORDATA_UPDATE_URL: 'http://127.0.0.1:8080/feed' }, 'latest')).toMatchObject({
      provider: 'generic',
    })
    expect(() => config({ THORDATA_GITHUB_REPOSITORY: 'just-owner' })).toThrow(/owner\/repo/)
  })

  it('a prerelease version publishes to its channel (beta.yml), and the app is told which', () => {
    expect(channelOf('1.2.0')).toBe('latest')
    expect(channelOf('1.2.0-beta.3')).toBe('beta')
    expect(channelOf('1.2.0-alpha')).toBe('alpha')
    expect(channelOf('1.2.0-rc.1')).toBe('latest')
    const beta = config(feed, 'linux', '1.2.0-beta.3')
    expect(beta.publish).toMatchObject({ channel: 'beta' })
    expect(buildInfo(beta)).toEqual({ signed: false, channel: 'beta' })
  })
})
