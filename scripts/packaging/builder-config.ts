// electron-builder configuration, computed from the environment: where installed apps look for updates, and whether
// this build is signed (and notarized). `electron-builder.config.ts` at the root exports createConfig(process.env).
// Everything here is plain data so the tests read the same configuration the release builds use.
import type { Configuration } from 'electron-builder'

export type BuildEnv = Readonly<Record<string, string | undefined>>

/** What the packaged package.json carries for the app to read at run time (`require('../../package.json')`). */
export interface ThordataBuildInfo {
  /** Whether this build is code-signed for its platform; an unsigned macOS build cannot apply updates. */
  signed: boolean
  /** The update channel its latest*.yml belongs to: "latest", "beta" or "alpha". */
  channel: string
}

const set = (env: BuildEnv, name: string): boolean => (env[name] ?? '').trim() !== ''
const allSet = (env: BuildEnv, ...names: string[]): boolean => names.every((name) => set(env, name))

/** macOS signing: a certificate file (CSC_LINK, base64 or path) or a keychain identity name (CSC_NAME). */
export const macSigningAvailable = (env: BuildEnv): boolean => set(env, 'CSC_LINK') || set(env, 'CSC_NAME')

/** Notarization: an Apple ID with an app-specific password and team, or an App Store Connect API key. */
export const notarizationAvailable = (env: BuildEnv): boolean =>
  allSet(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') ||
  allSet(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
  set(env, 'APPLE_KEYCHAIN_PROFILE')

/** Windows signing: a .pfx (WIN_CSC_LINK, or CSC_LINK when building on Windows). */
export const windowsSigningAvailable = (env: BuildEnv, platform: string): boolean =>
  set(env, 'WIN_CSC_LINK') || (platform === 'win32' && set(env, 'CSC_LINK'))

/** Whether the build made on `platform` is signed. Builds are made on their own OS (never cross-built). */
export function isSignedBuild(env: BuildEnv, platform: string): boolean {
  if (platform === 'darwin') return macSigningAvailable(env)
  if (platform === 'win32') return windowsSigningAvailable(env, platform)
  // Linux packages are not code-signed; the repository or the AppImage's sha512 in latest-linux.yml vouches for them.
  return false
}

/** "1.2.0" → latest, "1.2.0-beta.3" → beta: the channel electron-builder names the update file after. */
export function channelOf(version: string, env: BuildEnv = {}): string {
  if (set(env, 'THORDATA_CHANNEL')) return (env.THORDATA_CHANNEL as string).trim()
  const pre = /^\d+\.\d+\.\d+-([0-9A-Za-z]+)/.exec(version)?.[1]?.toLowerCase()
  return pre === 'alpha' || pre === 'beta' ? pre : 'latest'
}

type Publish = NonNullable<Configuration['publish']>

/**
 * Where installed apps look for `latest*.yml`: a generic https folder (THORDATA_UPDATE_URL) or GitHub Releases
 * (THORDATA_GITHUB_REPOSITORY, else GITHUB_REPOSITORY as GitHub Actions sets it: "owner/repo").
 */
export function publishConfig(env: BuildEnv, channel: string): Publish {
  if (set(env, 'THORDATA_UPDATE_URL')) {
    const url = (env.THORDATA_UPDATE_URL as string).trim()
    if (!/^https:\/\//.test(url) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) {
      throw new Error(`THORDATA_UPDATE_URL must be an https URL (or a loopback http one for tests), not "${url}"`)
    }
    return { provider: 'generic', url, channel }
  }
  const repository = (env.THORDATA_GITHUB_REPOSITORY ?? env.GITHUB_REPOSITORY ?? '').trim()
  if (repository) {
    const [owner, repo, ...rest] = repository.split('/')
    if (!owner || !repo || rest.length > 0) {
      throw new Error(`THORDATA_GITHUB_REPOSITORY must be "owner/repo", not "${repository}"`)
    }
    return { provider: 'github', owner, repo, channel, releaseType: 'release' }
  }
  throw new Error(
    'Set THORDATA_UPDATE_URL (the https folder installed apps check for updates) or THORDATA_GITHUB_REPOSITORY ' +
      '("owner/repo" whose GitHub Releases carry the installers) before packaging, so no build ships pointing nowhere.',
  )
}

export interface ConfigOptions {
  /** package.json's version (artifact names and the update channel). */
  version: string
  env?: BuildEnv
  /** The OS the build runs on, which is the OS it builds for. */
  platform?: string
  /** Where electron-vite wrote the build (`out`; a test may package a build of its own). */
  outDir?: string
}

/**
 * The packaged app's files: the built main, preload and renderer from `outDir` (as `out/` inside the archive, where
 * package.json's "main" points), without source maps; the icons; package.json. Not the bench output or screenshots
 * that other scripts leave in out/.
 */
export function appFiles(outDir = 'out'): NonNullable<Configuration['files']> {
  const part = (name: string) => ({ from: `${outDir}/${name}`, to: `out/${name}`, filter: ['**/*', '!**/*.map'] })
  return [
    part('main'),
    part('preload'),
    part('renderer'),
    'resources/**',
    'package.json',
    // These reach into node_modules too: dependencies ship source maps, typings, TypeScript sources and their own
    // tests (zod ships src/**/tests/*.test.ts), none of which Node loads.
    '!**/*.map',
    '!**/node_modules/**/*.{ts,mts,cts}',
    '!**/node_modules/**/{test,tests,__tests__}/**',
    '!**/*.{test,spec}.{js,cjs,mjs}',
  ]
}

export function createConfig({
  version,
  env = process.env,
  platform = process.platform,
  outDir = 'out',
}: ConfigOptions): Configuration {
  const channel = channelOf(version, env)
  const macSigned = macSigningAvailable(env)
  const winSigned = windowsSigningAvailable(env, platform)
  const thordataBuild: ThordataBuildInfo = { signed: isSignedBuild(env, platform), channel }

  return {
    appId: 'com.thordata.desktop',
    productName: 'Thordata Desktop',
    copyright: 'Copyright © Thordata Desktop contributors',
    // ${arch} drops out (with its dash) for an installer holding several architectures, like the NSIS one.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's macros
    artifactName: 'thordata-desktop-${version}-${os}-${arch}.${ext}',
    directories: { buildResources: 'build', output: 'dist' },
    files: appFiles(outDir),
    extraMetadata: {
      // Electron takes the Linux app_id / WM_CLASS from desktopName; it matches the .desktop file installed.
      desktopName: 'thordata-desktop.desktop',
      thordataBuild,
    },
    asarUnpack: [
      // N-API binaries cannot be loaded from inside app.asar.
      'node_modules/@napi-rs/keyring*/**/*.node',
      // Tray icons are handed to the OS by path (libappindicator copies them), so they live outside the archive.
      'resources/**',
    ],
    // @napi-rs/keyring is prebuilt N-API: nothing to rebuild for Electron. Each platform builds on its own OS.
    npmRebuild: false,
    // Fuses flipped in the packaged binary. E2E drives the unpackaged build, so turning off the inspector is safe.
    electronFuses: {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer is served from app:// (src/main/app/app-protocol.ts), so file:// pages need no extra privileges.
      grantFileProtocolExtraPrivileges: false,
      // Flipping a fuse breaks the ad-hoc signature Apple Silicon requires; re-sign ad hoc when no identity signs.
      resetAdHocDarwinSignature: platform === 'darwin' && !macSigned,
    },

    mac: {
      category: 'public.app-category.utilities',
      // zip is what electron-updater downloads on macOS; dmg is for the first install.
      target: [
        { target: 'dmg', arch: ['x64', 'arm64'] },
        { target: 'zip', arch: ['x64', 'arm64'] },
      ],
      icon: 'build/icon.icns',
      hardenedRuntime: true,
      gatekeeperAssess: false,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.inherit.plist',
      // Without CSC_LINK / CSC_NAME the build is explicitly unsigned (no keychain identity is picked up by chance);
      // thordataBuild.signed then says so, and the app's updater stays off.
      ...(macSigned ? {} : { identity: null }),
      notarize: macSigned && notarizationAvailable(env),
    },
    dmg: { writeUpdateInfo: false },

    win: {
      target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
      icon: 'build/icon.ico',
      // publisherName only together with a real certificate: a name without a matching signature makes every
      // update fail with "not signed by the application owner".
      ...(winSigned && set(env, 'WIN_PUBLISHER_NAME')
        ? { signtoolOptions: { publisherName: (env.WIN_PUBLISHER_NAME as string).trim() } }
        : {}),
    },
    nsis: {
      oneClick: true,
      perMachine: false,
      deleteAppDataOnUninstall: false,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's macros
      artifactName: 'thordata-desktop-${version}-win-setup.${ext}',
    },

    linux: {
      target: ['AppImage', 'deb', 'rpm'],
      category: 'Network',
      // One PNG per hicolor size (16–512), each drawn for its size by `npm run icons`.
      icon: 'build/icons',
      executableName: 'thordata-desktop',
      syncDesktopName: true,
      synopsis: 'Your Thordata proxy account on the desktop',
      description: 'Balances, usage, proxy users, whitelist and more for your Thordata proxy account.',
      desktop: {
        entry: {
          GenericName: 'Proxy account manager',
          Keywords: 'proxy;thordata;traffic;whitelist;',
        },
      },
    },
    // Credentials live in the Secret Service (GNOME Keyring, KWallet, KeePassXC) over D-Bus; Chromium's cookie
    // encryption reads it through libsecret. So both are declared, with any one provider accepted.
    deb: {
      depends: [
        'libgtk-3-0',
        'libnotify4',
        'libnss3',
        'libxss1',
        'libxtst6',
        'xdg-utils',
        'libatspi2.0-0',
        'libuuid1',
        'libsecret-1-0',
        'gnome-keyring | kwalletmanager | keepassxc',
      ],
      recommends: ['libayatana-appindicator3-1 | libappindicator3-1'],
    },
    rpm: {
      depends: [
        'gtk3',
        'libnotify',
        'nss',
        'libXScrnSaver',
        '(libXtst or libXtst6)',
        'xdg-utils',
        'at-spi2-core',
        '(libuuid or libuuid1)',
        'libsecret',
        '(gnome-keyring or kwalletmanager5 or kf6-kwallet or keepassxc)',
      ],
    },

    publish: publishConfig(env, channel),
  }
}
