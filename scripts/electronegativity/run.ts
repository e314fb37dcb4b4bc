/**
 * `npm run lint:electron`: Electronegativity over the repository (src/, e2e/, scripts/ and out/ when built) for the
 * Electron version in package.json. Its CLI always exits 0, so this calls its API and judges the findings (policy.ts).
 * The release-list check is skipped unless ELECTRONEGATIVITY_ONLINE=1: offline it only costs a failed download,
 * and online its answer changes with every Electron release, which would make the same commit pass one day and
 * fail the next. Keeping Electron current is covered in docs/security.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { type Finding, findInlineDisables, judge, type ParseError } from './policy'

interface RawIssue {
  id: string
  severity: { name: string }
  confidence: { name: string }
  file: string
  location?: { line?: number }
  sample?: string
  description: string
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: ParseError[] }>

const root = resolve(__dirname, '../..')
const rel = (file: string) => relative(root, resolve(root, file)).split('\\').join('/')

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = pkg.devDependencies?.electron
  if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) throw new Error(`package.json must pin electron exactly, got ${version}`)
  return version
}

function sourceFiles(dir: string): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = []
  const walk = (path: string) => {
    let entries: string[]
    try {
      entries = readdirSync(path)
    } catch {
      return
    }
    for (const name of entries) {
      if (name === 'node_modules') continue
      const full = join(path, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(m?[jt]sx?|html?)$/.test(name)) out.push({ file: rel(full), text: readFileSync(full, 'utf8') })
    }
  }
  walk(join(root, dir))
  return out
}

async function main() {
  const started = Date.now()
  const version = electronVersion()
  const run = createRequire(__filename)('@doyensec/electronegativity') as Run
  const report = process.env.ELECTRONEGATIVITY_REPORT ?? join(tmpdir(), 'thordata-electronegativity.sarif')
  const result = await run({
    input: root,
    isRelative: true,
    electronVersionOverride: version,
    customScan: [],
    excludeFromScan: process.env.ELECTRONEGATIVITY_ONLINE === '1' ? [] : ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
    output: report,
    isSarif: true,
  })
  const findings: Finding[] = result.issues.map((i) => ({
    check: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: rel(i.file),
    line: i.location?.line ?? 0,
    sample: i.sample ?? '',
    description: i.description,
  }))
  const errors = result.errors.map((e) => ({ ...e, file: rel(e.file) }))
  const allowList = JSON.parse(readFileSync(join(root, 'docs/electronegativity-allow.json'), 'utf8'))
  const verdict = judge(findings, errors, allowList)
  verdict.failures.push(...findInlineDisables(['src', 'e2e', 'out'].flatMap(sourceFiles)))

  for (const f of verdict.reported) console.log(`  ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.line}`)
  for (const { finding: f, reason } of verdict.allowed) {
    console.log(`  allowed       ${f.check} (${f.severity}) ${f.file}:${f.line}\n                ${reason}`)
  }
  for (const e of verdict.unscanned) console.log(`  not scanned   ${e.file}: ${e.message}`)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const counts = `${findings.length} findings, ${verdict.allowed.length} justified, ${verdict.reported.length} below MEDIUM`
  const summary = `Electronegativity ${version}: ${counts} (${seconds} s; report ${report})`
  if (verdict.failures.length > 0) {
    console.error(`${summary}\n${verdict.failures.map((f) => `  FAIL ${f}`).join('\n')}`)
    console.error('Fix the finding, or justify it in docs/electronegativity-allow.json (check, files, sample, reason).')
    process.exit(1)
  }
  console.log(summary)
}

main().catch((error: unknown) => {
  console.error('Electronegativity could not run:', error)
  process.exit(1)
})
