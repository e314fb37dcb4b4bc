import type { Browser } from 'playwright-core'

/**
 * Installed before any page script runs: notes when the "Traffic remaining" card first shows a figure, then waits
 * for the next frame so the number reflects paint rather than DOM insertion.
 */
const recorder = () => {
  const figure = /\d\s?(B|KB|MB|GB|TB)\b/
  const check = () => {
    const card = document.querySelector('section[aria-label="Traffic remaining"]')
    if (card && figure.test(card.textContent ?? '')) {
      observer.disconnect()
      requestAnimationFrame(() => {
        ;(window as unknown as { __paintedAt: number }).__paintedAt = performance.now()
      })
    }
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}

/** Navigation start → balance painted, in ms, for `runs` fresh browser contexts (cold cache each time). */
export async function measurePaint(browser: Browser, url: string, runs: number): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.addInitScript(recorder)
    await page.goto(url)
    await page.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt !== undefined, null, {
      timeout: 15_000,
    })
    samples.push(await page.evaluate(() => (window as unknown as { __paintedAt: number }).__paintedAt))
    await context.close()
  }
  return samples
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
