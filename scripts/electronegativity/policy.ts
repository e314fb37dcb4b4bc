/**
 * What an Electronegativity run means for CI (scripts/electronegativity/run.ts): any finding of MEDIUM or higher
 * fails unless docs/electronegativity-allow.json justifies that exact finding with a reason. Pure, so it is tested.
 */

export interface Finding {
  check: string
  severity: string
  confidence: string
  /** Relative to the repository root, with forward slashes. */
  file: string
  line: number
  sample: string
  description: string
}

export interface AllowEntry {
  check: string
  /** The source file and its bundled copy in out/, where the same code lands. */
  files: string[]
  /** A piece of the flagged line, so an entry covers one call site, not a whole file. */
  sample: string
  reason: string
}

export interface ParseError {
  file: string
  message: string
  tolerable: boolean
}

export interface Verdict {
  failures: string[]
  allowed: Array<{ finding: Finding; reason: string }>
  /** Below MEDIUM: printed, never failing. */
  reported: Finding[]
  /** Files the tool could not read, outside main and preload (where no Electron API is used). */
  unscanned: ParseError[]
}

const severities = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']
const FAIL_FROM = severities.indexOf('MEDIUM')
const MIN_REASON = 20
/** Generated copies (Playwright reports, packaged apps) are not the app's code. */
const ignoredDirs = ['node_modules/', 'test-results/', 'playwright-report/', 'dist/']
/** Where Electron APIs are used: a file here that cannot be parsed is a file that was not checked. */
const mustParse = /^(src\/main|src\/preload|out\/main|out\/preload)\//

const describeFinding = (f: Finding) => `${f.check} (${f.severity}, ${f.confidence}) ${f.file}:${f.line}: ${f.sample}`

export function isIgnored(file: string): boolean {
  return ignoredDirs.some((dir) => file.startsWith(dir))
}

/** An unknown severity counts as failing: a new level must not pass unnoticed. */
export function failsBySeverity(severity: string): boolean {
  const rank = severities.indexOf(severity.toUpperCase())
  return rank === -1 || rank >= FAIL_FROM
}

export function validateAllowList(entries: unknown): { entries: AllowEntry[]; problems: string[] } {
  const problems: string[] = []
  if (!Array.isArray(entries)) return { entries: [], problems: ['the allow-list must be a JSON array'] }
  const valid: AllowEntry[] = []
  entries.forEach((entry, index) => {
    const e = entry as Partial<AllowEntry>
    const ok =
      typeof e?.check === 'string' &&
      Array.isArray(e.files) &&
      e.files.length > 0 &&
      e.files.every((f) => typeof f === 'string') &&
      typeof e.sample === 'string' &&
      e.sample.trim() !== '' &&
      typeof e.reason === 'string' &&
      e.reason.trim().length >= MIN_REASON
    if (ok) valid.push(e as AllowEntry)
    else problems.push(`allow-list entry ${index} needs check, files, sample and a reason of ${MIN_REASON}+ characters`)
  })
  return { entries: valid, problems }
}

export function judge(findings: Finding[], errors: ParseError[], allowList: unknown): Verdict {
  const { entries, problems } = validateAllowList(allowList)
  const failures = [...problems]
  const allowed: Verdict['allowed'] = []
  const reported: Finding[] = []
  const used = new Set<AllowEntry>()
  for (const finding of findings) {
    if (isIgnored(finding.file)) continue
    if (!failsBySeverity(finding.severity)) {
      reported.push(finding)
      continue
    }
    const entry = entries.find(
      (e) => e.check === finding.check && e.files.includes(finding.file) && finding.sample.includes(e.sample),
    )
    if (entry) {
      used.add(entry)
      allowed.push({ finding, reason: entry.reason })
    } else failures.push(`not justified: ${describeFinding(finding)}`)
  }
  for (const entry of entries) {
    if (!used.has(entry)) failures.push(`stale allow-list entry (matches no finding): ${entry.check} "${entry.sample}"`)
  }
  const unscanned: ParseError[] = []
  for (const error of errors) {
    if (error.tolerable || isIgnored(error.file)) continue
    if (mustParse.test(error.file)) failures.push(`could not scan ${error.file}: ${error.message}`)
    else unscanned.push(error)
  }
  return { failures, allowed, reported, unscanned }
}

/** Electronegativity's own inline switch hides a finding with no reason; this repository uses the allow-list. */
export function findInlineDisables(files: Array<{ file: string; text: string }>): string[] {
  const marker = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable\b/
  return files.filter((f) => marker.test(f.text)).map((f) => `${f.file} uses an inline eng-disable comment`)
}
