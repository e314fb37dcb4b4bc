// Packages the built app once for every packaging spec (the Linux package inspection, the update feed): the
// result reaches them through `inject('linuxPack')`. Off Linux, or without a build, the specs say why they skip.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { RELEASE_NOTES, UPDATE_URL } from './constants'
import { type LinuxPackResult, packLinuxDir } from './pack-linux-dir'

export interface LinuxPack {
  /** Why the specs skip (the stand-in Electron is a Linux distribution), or null. */
  skipReason: string | null
  result: (LinuxPackResult & { workDir: string; outDir: string }) | null
}

declare module 'vitest' {
  export interface ProvidedContext {
    linuxPack: LinuxPack
  }
}

let workDir: string | null = null

export async function setup(project: TestProject) {
  const projectDir = resolve(__dirname, '../..')
  const outDir = process.env.THORDATA_PACKAGE_OUT ?? 'out'
  if (process.platform !== 'linux') {
    const skipReason = `the stand-in Electron is a Linux distribution (this is ${process.platform})`
    project.provide('linuxPack', { skipReason, result: null })
    return
  }
  if (!existsSync(join(projectDir, outDir, 'main', 'index.js'))) {
    throw new Error(`${outDir}/main/index.js is missing: build first (npx electron-vite build --outDir ${outDir})`)
  }
  workDir = mkdtempSync(join(tmpdir(), 'thordata-package-'))
  const result = await packLinuxDir({
    projectDir,
    workDir,
    outDir,
    env: { THORDATA_UPDATE_URL: UPDATE_URL },
    releaseNotes: RELEASE_NOTES,
  })
  // The config holds functions (afterPack); the specs need its data only.
  project.provide('linuxPack', { skipReason: null, result: JSON.parse(JSON.stringify({ ...result, workDir, outDir })) })
}

export function teardown() {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
}
