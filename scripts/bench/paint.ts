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
    if (window.__paintedAt === undefined && card && figure.test(card.textContent || '')) {
      window.__paintedAt = null;
      requestAnimationFrame(() => { window.__paintedAt = performance.now(); });
    }
    // The whole app: its shell's h1 over the same card (the launch screen has neither).
    if (card && figure.test(card.textContent || '') && document.querySelector('main h1')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__appAt = performance.now(); });
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})()`

export interface PaintSample {
  /** Navigation start → the balance painted (for the app, on its launch screen). */
  balance: number
  /** Navigation start → the app's shell painted with its opening tab (the bare page has none: equals `balance`). */
  app: number
}

/** Navigation start → balance painted, in ms, for `runs` fresh browser contexts (cold cache each time). */
export async function measurePaint(
  browser: Browser,
  url: string,
  runs: number,
  cookies: Cookies = [],
): Promise<PaintSample[]> {
  const samples: PaintSample[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addCookies(cookies)
    const page = await context.newPage()
    await page.addInitScript({ content: recorder })
    await page.goto(url)
    // Polled with evaluate (CDP), because waitForFunction needs eval, which the app's CSP rightly forbids.
    const deadline = Date.now() + 15_000
    const read = async () => (await page.evaluate('[window.__paintedAt, window.__appAt]')) as [number?, number?]
    const wantsApp = Boolean(await page.evaluate('!!document.querySelector("link[data-thordata-entry]")'))
    let [painted, app] = await read()
    while (typeof painted !== 'number' || (wantsApp && app === undefined)) {
      if (Date.now() > deadline) {
        const seen = await page.evaluate('document.body.innerText.slice(0, 300)')
        throw new Error(`${url}: the balance never painted. The page shows: ${seen}`)
      }
      await new Promise((done) => setTimeout(done, 25))
      ;[painted, app] = await read()
    }
    samples.push({ balance: painted, app: app ?? painted })
    await context.close()
  }
  return samples
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
