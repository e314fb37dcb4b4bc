import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'

/**
 * axe-core in the e2e suite. `expectAccessible(page, { name })` checks what the page shows now against the WCAG 2.1
 * A and AA rules, in light and then in dark (it switches prefers-color-scheme, which the app follows while the
 * user's choice is "auto", and switches back), and fails on every critical or serious violation that is not on the
 * allow-list. An allow-list entry that no longer matches anything fails too, so the list can only shrink: whoever
 * fixes a violation removes its entry in the same change.
 *
 * axe runs through `page.evaluate` (CDP), not a script tag: the app's CSP (`script-src 'self'`) refuses inline
 * scripts, and @axe-core/playwright needs a newer Node than this project's.
 */

export type Scheme = 'light' | 'dark'

/** A known violation, tolerated until it is fixed. */
export interface KnownViolation {
  /** axe rule id, e.g. 'color-contrast'. */
  rule: string
  /** CSS selector that the offending element matches, e.g. '.mantine-Modal-close'. */
  target: string
  /** Only in these schemes (default: both). A known violation must still occur in each scheme it names. */
  schemes?: Scheme[]
  /** Why it is there and who fixes it; shown when it goes stale. */
  note?: string
}

export interface AccessibleOptions {
  /** Names the screen in failure messages, e.g. 'Proxy users: add user dialog'. */
  name: string
  /** CSS selectors to check (default: the whole document). */
  include?: string[]
  /** CSS selectors to leave out. */
  exclude?: string[]
  known?: KnownViolation[]
  /** Default both, light first. */
  schemes?: Scheme[]
}

interface Finding {
  rule: string
  impact: string
  help: string
  target: string
  summary: string
  /** Indexes into `known` of the entries this node matches. */
  known: number[]
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const failingImpacts = new Set(['critical', 'serious'])
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function applyScheme(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme })
  const deadline = Date.now() + 5_000
  while ((await page.evaluate('document.documentElement.dataset.mantineColorScheme')) !== scheme) {
    if (Date.now() > deadline) {
      throw new Error(`The page did not switch to ${scheme} (is the user's colour scheme forced in localStorage?)`)
    }
    await page.waitForTimeout(25)
  }
}

/** Waits out finite CSS transitions and animations (a modal fading in has the wrong contrast). */
const settle = `Promise.race([
  Promise.all(document.getAnimations()
    .filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => undefined))),
  new Promise((done) => setTimeout(done, 2000)),
]).then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))`

// A string, not a function: the page must not depend on helpers the TypeScript transpiler may add.
function audit(options: AccessibleOptions): string {
  const context = JSON.stringify({ include: options.include ?? ['html'], exclude: options.exclude ?? [] })
  const known = JSON.stringify((options.known ?? []).map((k) => [k.rule, k.target]))
  return `(async () => {
    const context = ${context};
    const known = ${known};
    const result = await window.axe.run(
      { include: context.include.map((s) => [s]), exclude: context.exclude.map((s) => [s]) },
      { runOnly: { type: 'tag', values: ${JSON.stringify(wcagTags)} }, resultTypes: ['violations'], elementRef: true },
    );
    return result.violations.flatMap((v) => v.nodes.map((node) => ({
      rule: v.id,
      impact: node.impact || v.impact || 'unknown',
      help: v.help,
      target: node.target.join(' '),
      summary: (node.failureSummary || '').replace(/\\s+/g, ' ').trim(),
      known: known.flatMap(([rule, selector], i) =>
        rule === v.id && node.element && node.element.matches(selector) ? [i] : []),
    })));
  })()`
}

const explain = (scheme: Scheme, f: Finding) =>
  `  [${scheme}] ${f.rule} (${f.impact}) at ${f.target}\n      ${f.help}. ${f.summary}`

export async function expectAccessible(page: Page, options: AccessibleOptions): Promise<void> {
  const schemes = options.schemes ?? ['light', 'dark']
  const known = options.known ?? []
  const original = (await page.evaluate('document.documentElement.dataset.mantineColorScheme')) as Scheme | undefined
  if ((await page.evaluate('typeof window.axe')) === 'undefined') await page.evaluate(axeSource)

  const problems: string[] = []
  try {
    for (const scheme of schemes) {
      await applyScheme(page, scheme)
      await page.evaluate(settle)
      const findings = (await page.evaluate(audit(options))) as Finding[]
      for (const finding of findings) {
        if (failingImpacts.has(finding.impact) && !finding.known.some((i) => appliesTo(known[i], scheme))) {
          problems.push(explain(scheme, finding))
        }
      }
      known.forEach((entry, i) => {
        if (appliesTo(entry, scheme) && !findings.some((f) => f.known.includes(i))) {
          problems.push(
            `  [${scheme}] known violation no longer occurs: ${entry.rule} at ${entry.target}` +
              `${entry.note ? ` (${entry.note})` : ''}: remove it from the list`,
          )
        }
      })
    }
  } finally {
    if (original === 'light' || original === 'dark') await applyScheme(page, original)
  }
  if (problems.length) {
    throw new Error(`axe: ${options.name}: ${problems.length} problem(s)\n${problems.join('\n')}`)
  }
}

const appliesTo = (entry: KnownViolation, scheme: Scheme) => !entry.schemes || entry.schemes.includes(scheme)
