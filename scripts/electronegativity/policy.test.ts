import { describe, expect, it } from 'vitest'
import { type Finding, failsBySeverity, findInlineDisables, judge } from './policy'

const finding = (over: Partial<Finding> = {}): Finding => ({
  check: 'OPEN_EXTERNAL_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'TENTATIVE',
  file: 'src/main/electron/external.ts',
  line: 6,
  sample: 'return openExternalSafe(url, (safe) => shell.openExternal(safe))',
  description: 'Review the use of openExternal',
  ...over,
})
const entry = {
  check: 'OPEN_EXTERNAL_JS_CHECK',
  files: ['src/main/electron/external.ts', 'out/main/index.js'],
  sample: 'shell.openExternal(safe)',
  reason: 'Only https URLs reach the OS (links.test.ts).',
}

describe('Electronegativity policy', () => {
  it('fails on MEDIUM, HIGH and unknown severities, and only reports LOW and INFORMATIONAL', () => {
    expect(['MEDIUM', 'HIGH', 'CRITICAL', 'SOMETHING_NEW'].map(failsBySeverity)).toEqual([true, true, true, true])
    expect(['LOW', 'INFORMATIONAL'].map(failsBySeverity)).toEqual([false, false])
    const verdict = judge([finding({ severity: 'LOW', check: 'CSP_GLOBAL_CHECK' })], [], [])
    expect(verdict.failures).toEqual([])
    expect(verdict.reported).toHaveLength(1)
  })

  it('fails on a MEDIUM finding nobody justified', () => {
    const verdict = judge([finding()], [], [])
    expect(verdict.failures).toEqual([expect.stringMatching(/^not justified: OPEN_EXTERNAL_JS_CHECK .*external\.ts:6/)])
  })

  it('passes a finding justified for that check, file and line, in the source and in its bundle', () => {
    const bundled = finding({
      file: 'out/main/index.js',
      sample: 'openExternalSafe(url, (safe) => electron.shell.openExternal(safe))',
    })
    const verdict = judge([finding(), bundled], [], [entry])
    expect(verdict.failures).toEqual([])
    expect(verdict.allowed.map((a) => a.finding.file)).toEqual(['src/main/electron/external.ts', 'out/main/index.js'])
  })

  it('does not let an entry cover another check, another file or another call site', () => {
    const others = [
      finding({ check: 'PRELOAD_JS_CHECK' }),
      finding({ file: 'src/main/electron/window.ts' }),
      finding({ sample: 'shell.openExternal(url)' }),
    ]
    const verdict = judge([...others, finding()], [], [entry])
    expect(verdict.failures.filter((f) => f.startsWith('not justified'))).toHaveLength(3)
  })

  it('refuses entries without a real reason, and entries that match nothing any more', () => {
    expect(judge([finding()], [], [{ ...entry, reason: 'ok' }]).failures).toContainEqual(
      expect.stringMatching(/reason of 20\+ characters/),
    )
    expect(judge([], [], [entry]).failures).toEqual([expect.stringMatching(/^stale allow-list entry/)])
    expect(judge([], [], { not: 'a list' }).failures).toEqual(['the allow-list must be a JSON array'])
  })

  it('fails when a main or preload file could not be scanned, and only lists renderer files it could not read', () => {
    const verdict = judge(
      [],
      [
        { file: 'out/preload/index.js', message: 'Unknown node type', tolerable: false },
        { file: 'out/renderer/assets/index.js', message: 'Unknown node type ClassPrivateProperty.', tolerable: false },
        { file: 'src/main/x.ts', message: 'a warning', tolerable: true },
      ],
      [],
    )
    expect(verdict.failures).toEqual(['could not scan out/preload/index.js: Unknown node type'])
    expect(verdict.unscanned.map((e) => e.file)).toEqual(['out/renderer/assets/index.js'])
  })

  it('ignores generated copies (Playwright reports, packaged apps)', () => {
    expect(
      judge([finding({ file: 'playwright-report/index.html' }), finding({ file: 'dist/x.js' })], [], []).failures,
    ).toEqual([])
  })

  it('catches the tool’s own inline switch, which would hide a finding without a reason', () => {
    const disable = ['//', 'eng-disable', 'OPEN_EXTERNAL_JS_CHECK'].join(' ')
    expect(
      findInlineDisables([
        { file: 'src/a.ts', text: `shell.openExternal(x) ${disable}` },
        { file: 'src/b.ts', text: 'ok' },
      ]),
    ).toEqual(['src/a.ts uses an inline eng-disable comment'])
  })
})
