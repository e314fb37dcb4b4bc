import type { Browser, Locator, Page } from 'playwright-core'
import { median } from './paint'

/**
 * Keystroke → updated list painted: an 'input' event starts the clock, the first change to the list after it,
 * plus one animation frame, stops it. Each sample types one query into an emptied search box.
 */
const probe = `(() => {
  window.__filterProbe = (listSelector) => {
    const list = document.querySelector(listSelector);
    return new Promise((done) => {
      let started = 0;
      const onInput = (event) => { started = event.timeStamp; };
      document.addEventListener('input', onInput, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!started) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - started));
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    });
  };
})()`

const syllables = ['san', 'ta', 'mar', 'ia', 'lo', 'ber', 'gen', 'ville', 'ko', 'ri', 'do', 'ham', 'ton', 'ka', 'zu']
const nameFor = (i: number) => {
  let n = i * 7919 + 13
  let name = ''
  for (let part = 0; part < 3; part++) {
    name += syllables[n % syllables.length]
    n = Math.floor(n / syllables.length) + part * 31
  }
  return name.charAt(0).toUpperCase() + name.slice(1)
}

export function syntheticCities(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    countryCode: 'US',
    stateCode: `state${i % 50}`,
    stateName: `State ${i % 50}`,
    code: `${nameFor(i).toLowerCase()}${i}`,
    name: `${nameFor(i)} ${i}`,
  }))
}

export function syntheticUsers(count: number) {
  return {
    quota: { limit: count + 100, remainingLimit: 100, userCount: count },
    users: Array.from({ length: count }, (_, i) => ({
      username: `${nameFor(i).toLowerCase()}${i}`.slice(0, 15),
      password: `Pw${i}abc`,
      enabled: i % 7 !== 0,
      trafficLimitBytes: i % 3 === 0 ? 0 : 1024 ** 3,
      usedBytes: (i * 7_654_321) % 1024 ** 3,
      createdOn: '2026-01-15',
    })),
  }
}

export interface FilterScenario {
  name: string
  /** Bridge channel whose answer is replaced with `data` (so the list has the size under test). */
  channel: string
  data: (size: number) => unknown
  /** Opens the view and returns the search box and a CSS selector for the list that changes. */
  open: (page: Page) => Promise<{ search: Locator; listSelector: string }>
  queries: string[]
}

/** `bridge`: where the preview runs and the cookie its printed link would set. */
export async function measureFilter(
  browser: Browser,
  bridge: { origin: string; cookie: { name: string; value: string; url: string } },
  scenario: FilterScenario,
  size: number,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addCookies([bridge.cookie])
  const page = await context.newPage()
  await page.addInitScript({ content: probe })
  const body = JSON.stringify({ ok: true, value: scenario.data(size) })
  await page.route(`**/__bridge/invoke/${scenario.channel}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  )
  await page.goto(`${bridge.origin}/`)
  const { search, listSelector } = await scenario.open(page)
  const samples: number[] = []
  for (const query of scenario.queries) {
    await search.fill('')
    await page.waitForTimeout(150)
    const measured = page.evaluate(`window.__filterProbe(${JSON.stringify(listSelector)})`) as Promise<number>
    await search.fill(query)
    samples.push(await measured)
  }
  await context.close()
  return { median: median(samples), samples }
}
