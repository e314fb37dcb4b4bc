import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { findSecrets, type SecretLeak } from './forms'

export interface BundleCheck {
  /** A folder of the build, e.g. out/renderer. */
  dir: string
  /** The credentials that must not be in it, by name. */
  secrets: Record<string, string>
}

export interface BundleReport {
  filesScanned: number
  leaks: SecretLeak[]
  /** Folders that were not there or held no file: the check cannot pass on them (never a silent skip). */
  missing: string[]
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/** Scans every file of each folder (text or not: a secret in a source map or an asset counts too). */
export async function scanBundle(checks: BundleCheck[], root = process.cwd()): Promise<BundleReport> {
  const report: BundleReport = { filesScanned: 0, leaks: [], missing: [] }
  for (const check of checks) {
    const exists = await stat(check.dir).then(
      (s) => s.isDirectory(),
      () => false,
    )
    const files = exists ? await filesUnder(check.dir) : []
    if (files.length === 0) {
      report.missing.push(relative(root, check.dir) || check.dir)
      continue
    }
    for (const file of files) {
      const text = (await readFile(file)).toString('latin1')
      report.filesScanned++
      report.leaks.push(...findSecrets(text, check.secrets, relative(root, file)))
    }
  }
  return report
}
