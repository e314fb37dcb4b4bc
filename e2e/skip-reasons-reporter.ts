import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints why each skipped test was skipped, so a skip in CI is never silent. */
export default class SkipReasonsReporter implements Reporter {
  private readonly skipped: string[] = []

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status !== 'skipped') return
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'
    this.skipped.push(`  - ${test.titlePath().slice(1).join(' › ')}: ${reason}`)
  }

  onEnd() {
    if (this.skipped.length) console.info(`\nSkipped, and why:\n${this.skipped.join('\n')}\n`)
  }

  printsToStdio() {
    return false
  }
}
