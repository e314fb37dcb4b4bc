// Packages the app with electron-builder's `dir` target for Linux against a stand-in Electron (no download), with
// the project's own configuration, and records what the installer targets would add: the desktop entry of the deb
// (and rpm) and of the AppImage, computed by electron-builder's own LinuxTargetHelper, and each artifact's name.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import type { AfterPackContext, Configuration } from 'electron-builder'
import { type BuildEnv, createConfig } from './builder-config'
import { makeStandInElectron } from './stand-in-electron'

export interface LinuxPackResult {
  /** The unpacked app: the executable, resources/app.asar, resources/app.asar.unpacked, resources/app-update.yml. */
  appOutDir: string
  executableName: string
  arch: string
  config: Configuration
  /** .desktop files as the deb/rpm (Exec=/opt/…) and the AppImage (Exec=AppRun …) would install them. */
  desktopEntries: { deb: string; appImage: string }
  /** The file names the AppImage, deb and rpm targets would write. */
  artifactNames: Record<'AppImage' | 'deb' | 'rpm', string>
  /**
   * The release folder an update server would hold: a stand-in AppImage (appimagetool cannot be downloaded here)
   * and the latest-linux.yml electron-builder's own update-info writer made for it (sha512, size, version).
   */
  releaseDir: string
}

interface LinuxPackagerLike {
  executableName: string
  info: { emitArtifactBuildCompleted(event: Record<string, unknown>): Promise<void> }
  platformSpecificBuildOptions: Record<string, unknown>
  config: Configuration
  appInfo: { buildVersion: string }
  expandArtifactNamePattern(options: unknown, ext: string, arch: number): string
}
interface LinuxTargetHelperLike {
  computeDesktopEntry(options: unknown, exec?: string, extra?: Record<string, string>): Promise<string>
}

// electron-builder's internals, reached through electron-builder itself (app-builder-lib is its dependency).
const builderRequire = createRequire(require.resolve('electron-builder'))
const { LinuxTargetHelper } = builderRequire('app-builder-lib/out/targets/LinuxTargetHelper') as {
  LinuxTargetHelper: new (packager: LinuxPackagerLike) => LinuxTargetHelperLike
}
const { deepAssign } = builderRequire('builder-util-runtime') as {
  deepAssign: <T>(target: T, ...objects: unknown[]) => T
}

export interface LinuxPackOptions {
  projectDir: string
  /** A scratch folder: the stand-in Electron and the output go in it. */
  workDir: string
  /** electron-vite's output folder relative to projectDir (default `out`). */
  outDir?: string
  env: BuildEnv
  /** The release notes the update info carries (electron-builder's `releaseInfo`), as a release would set them. */
  releaseNotes?: string
}

export async function packLinuxDir({ projectDir, workDir, outDir = 'out', env, releaseNotes }: LinuxPackOptions) {
  const { build, Platform, Arch } = await import('electron-builder')
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'))
  const electronVersion: string = pkg.devDependencies.electron
  const electronDist = makeStandInElectron(join(workDir, 'electron-dist'), electronVersion)
  const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64

  let captured: Omit<LinuxPackResult, 'config'> | undefined
  const afterPack = async (context: AfterPackContext) => {
    const packager = context.packager as unknown as LinuxPackagerLike
    const helper = new LinuxTargetHelper(packager)
    const optionsFor = (target: 'deb' | 'rpm' | 'appImage') =>
      deepAssign({}, packager.platformSpecificBuildOptions, packager.config[target])
    const deb = await helper.computeDesktopEntry(optionsFor('deb'))
    // As AppImageTarget computes it: the entry point inside the image, Chromium's sandbox off (AppImages cannot
    // carry the setuid helper), the version stamp.
    const appImage = await helper.computeDesktopEntry(optionsFor('appImage'), 'AppRun --no-sandbox %U', {
      'X-AppImage-Version': packager.appInfo.buildVersion,
    })
    const artifactNames = {
      AppImage: packager.expandArtifactNamePattern(optionsFor('appImage'), 'AppImage', context.arch),
      deb: packager.expandArtifactNamePattern(optionsFor('deb'), 'deb', context.arch),
      rpm: packager.expandArtifactNamePattern(optionsFor('rpm'), 'rpm', context.arch),
    }
    // What AppImageTarget announces when its image is written: the publish manager then writes latest-linux.yml.
    // The image's bytes stand in for a real AppImage: the updater checks them, it never runs them here.
    const releaseDir = join(workDir, 'dist')
    mkdirSync(releaseDir, { recursive: true })
    const file = join(releaseDir, artifactNames.AppImage)
    copyFileSync(join(context.appOutDir, 'resources', 'app.asar'), file)
    await packager.info.emitArtifactBuildCompleted({
      file,
      target: { name: 'appImage', outDir: releaseDir, options: optionsFor('appImage') },
      arch: context.arch,
      packager,
      isWriteUpdateInfo: true,
    })
    captured = {
      releaseDir,
      appOutDir: context.appOutDir,
      executableName: packager.executableName,
      arch: Arch[context.arch],
      desktopEntries: { deb, appImage },
      artifactNames,
    }
  }

  const config: Configuration = {
    ...createConfig({ version: pkg.version, env, platform: 'linux', outDir }),
    electronDist,
    electronVersion,
    directories: { buildResources: 'build', output: resolve(workDir, 'dist') },
    afterPack,
    ...(releaseNotes ? { releaseInfo: { releaseNotes } } : {}),
  }
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', arch),
    config,
    publish: 'never',
  })
  if (!captured) throw new Error('electron-builder finished without calling afterPack')
  return { ...captured, config } satisfies LinuxPackResult
}
