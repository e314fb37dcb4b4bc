import type { Browser, BrowserContext } from 'playwright-core'

type Cookies = Parameters<BrowserContext['addCookies']>[0]

/**
 * Installed before any page script runs: notes when the "Traffic remaining" card (a section named so, by aria-label
 * or aria-labelledby) first shows a figure, then waits for the next frame so the number reflects paint rather than
 * DOM insertion. A string, not a function: tsx's transpiled functions reference helpers that do not exist in the
 * page.
 */
const recorder = `(() => {
  const figure = /\\d\\s?(B|KB|MB|GB|TB)/;
  const nameOf = (el) => el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') || '').split(/\\s+/)
    .map((id) => (id && document.getElementById(id)?.textContent) || '').join(' ').trim();
  const observer = new MutationObserver(() => {
    const card = [...document.querySelectorAll('section')].find((el) => nameOf(el) === 'Traffic remaining');
    if (card && figure.test(card.textContent || '')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__paintedAt = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})()`

/** Navigation start → balance painted, in ms, for `runs` fresh browser contexts (cold cache each time). */
export async function measurePaint(
  browser: Browser,
  url: string,
  runs: number,
  cookies: Cookies = [],
): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addCookies(cookies)
    const page = await context.newPage()
    await page.addInitScript({ content: recorder })
    await page.goto(url)
    // Polled with evaluate (CDP), because waitForFunction needs eval, which the app's CSP rightly forbids.
    const deadline = Date.now() + 15_000
    let painted = (await page.evaluate('window.__paintedAt')) as number | undefined
    while (painted === undefined) {
      if (Date.now() > deadline) {
        const seen = await page.evaluate('document.body.innerText.slice(0, 300)')
        throw new Error(`${url}: the balance never painted. The page shows: ${seen}`)
      }
      await new Promise((done) => setTimeout(done, 25))
      painted = (await page.evaluate('window.__paintedAt')) as number | undefined
    }
    samples.push(painted)
    await context.close()
  }
  return samples
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
