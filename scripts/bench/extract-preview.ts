import { chromium, type Locator, type Page } from 'playwright-core'
import { invokeBridge } from '../../e2e/bridge/invoke'
import { startBridgeServer } from '../../e2e/bridge/server'
import { chromiumArgs, chromiumExecutable } from '../chromium'
import { type Figure, figure } from './figures'
import { median } from './paint'

/** 200 countries with distinct two-letter codes, US among them (the builder's default). */
export function syntheticCountries(count = 200) {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const codes = ['US']
  for (let i = 0; codes.length < count; i++) {
    const code = letters[Math.floor(i / 26) % 26] + letters[i % 26]
    if (code !== 'US') codes.push(code)
  }
  return codes.map((code, i) => ({ code, name: code === 'US' ? 'United States' : `Country ${code} ${i}` }))
}

/**
 * Keystroke → the element changed, plus one animation frame: an 'input' event starts the clock, the first mutation
 * of the watched element after it stops it.
 */
const probe = `(() => {
  window.__changeProbe = (selector) => {
    const target = document.querySelector(selector);
    return new Promise((done) => {
      let started = 0;
      document.addEventListener('input', (event) => { started = event.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!started) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - started));
      });
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  };
})()`

async function sample(page: Page, field: Locator, selector: string, values: string[]): Promise<number[]> {
  const samples: number[] = []
  for (const value of values) {
    await field.fill(value.slice(0, -1))
    await page.waitForTimeout(120)
    const measured = page.evaluate(`window.__changeProbe(${JSON.stringify(selector)})`) as Promise<number>
    await field.press(value.slice(-1))
    samples.push(await measured)
  }
  return samples
}

/**
 * The Extract links builder in demo mode through the bridge, its country list replaced by 200 countries:
 * a keystroke in "Number of proxies" until the live link shows it, and a keystroke in the country search until the
 * list is filtered (the dropdown open over 200 options).
 */
export async function extractPreviewFigures(rendererDir: string): Promise<Figure[]> {
  const bridge = await startBridgeServer({ keychain: 'unavailable', rendererDir })
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  try {
    const started = await invokeBridge(bridge, 'session.startDemo')
    if (!started.ok) throw new Error('Could not start demo mode')
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addCookies([bridge.cookie])
    const page = await context.newPage()
    await page.addInitScript({ content: probe })
    const countries = JSON.stringify({ ok: true, value: syntheticCountries(200) })
    await page.route('**/__bridge/invoke/locations.countries', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: countries }),
    )
    await page.goto(`${bridge.origin}/`)
    await page.getByRole('tab', { name: 'Extract links' }).click()
    await page.getByTestId('extract-preview').filter({ hasText: 'country=us' }).waitFor()

    const count = page.getByLabel('Number of proxies')
    const counts = ['12', '25', '37', '48', '51', '63', '74', '86', '99', '105', '118', '129']
    const preview = await sample(page, count, '[data-testid="extract-preview"]', counts)

    const country = page.getByRole('combobox', { name: 'Country' })
    await country.click()
    await page.getByRole('option').first().waitFor()
    const queries = ['Co', 'Cou', 'Country A', 'Country B', 'Country C', 'Country D', 'Uni', 'Country E', 'Country F']
    // The dropdown is portalled: watch the whole document for the filtered options.
    const search = await sample(page, country, 'body', queries)
    await context.close()

    console.info('\nExtract links builder, 200 countries: keystroke → updated (median of the samples)')
    console.table({
      'Number of proxies → live link': { median: `${median(preview).toFixed(1)} ms`, samples: preview.length },
      'Country search → list filtered': { median: `${median(search).toFixed(1)} ms`, samples: search.length },
    })
    return [
      figure('Keystroke → extract link preview updated (200 countries)', median(preview), 'ms', '< 16'),
      figure('Keystroke → country search filtered (200 countries)', median(search), 'ms', '< 16'),
    ]
  } finally {
    await browser.close()
    await bridge.close()
  }
}
