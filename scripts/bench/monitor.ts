import type { ServerMonitor } from '@shared/domain/unlimited'
import { chromium, type Page } from 'playwright-core'
import { invokeBridge } from '../../e2e/bridge/invoke'
import { startBridgeServer } from '../../e2e/bridge/server'
import { chromiumArgs, chromiumExecutable } from '../chromium'
import { type Figure, figure } from './figures'
import { median } from './paint'

const POINTS = 1_440
const SAMPLES = 9

/** A day at one point a minute for each metric, values moving like a busy server's. */
export function syntheticMonitor(end = Date.now(), points = POINTS): ServerMonitor {
  const at = (i: number) => new Date(end - (points - 1 - i) * 60_000).toISOString()
  const wave = (i: number, base: number, swing: number, phase: number) =>
    Math.max(0, base + swing * Math.sin(i / 90 + phase) + ((i * 7919) % 13) / 13)
  const metric = (base: number, swing: number, phase: number) =>
    Array.from({ length: points }, (_, i) => ({ at: at(i), value: Number(wave(i, base, swing, phase).toFixed(3)) }))
  return {
    cpu: metric(30, 20, 0),
    memory: metric(55, 10, 1),
    tcpConnections: metric(800, 300, 2),
    wanIn: metric(120, 80, 3),
    wanOut: metric(40, 25, 4),
  }
}

/**
 * Click on "1 min" → the five charts have drawn every point (each line's path has POINTS − 1 segments),
 * plus one animation frame.
 */
const probe = `(() => {
  window.__monitorProbe = (points) => new Promise((done) => {
    const dialog = document.querySelector('[role="dialog"]');
    let started = 0;
    document.addEventListener('click', (event) => { started = event.timeStamp; }, { capture: true, once: true });
    const full = () => {
      const curves = [...dialog.querySelectorAll('.recharts-line-curve')];
      return curves.length === 5 && curves.every((c) => (c.getAttribute('d') || '').split(/[CL]/).length - 1 >= points - 1);
    };
    const observer = new MutationObserver(() => {
      if (!started || !full()) return;
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now() - started));
    });
    observer.observe(dialog, { childList: true, subtree: true, attributes: true });
  });
})()`

const curvesWithFewPoints = (page: Page) =>
  page.waitForFunction(() => {
    const curves = [...document.querySelectorAll('[role="dialog"] .recharts-line-curve')]
    return curves.length === 5 && curves.every((c) => (c.getAttribute('d') ?? '').split(/[CL]/).length - 1 < 1_000)
  })

/**
 * The server monitor in demo mode through the bridge, its answer replaced by one day at a 60 s period
 * (1,440 points × 5 metrics): switching the period from 5 min to 1 min until all five charts are drawn, median.
 */
export async function monitorFigures(rendererDir: string): Promise<Figure[]> {
  const bridge = await startBridgeServer({ keychain: 'unavailable', rendererDir })
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs })
  try {
    const started = await invokeBridge(bridge, 'session.startDemo')
    if (!started.ok) throw new Error('Could not start demo mode')
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    await context.addCookies([bridge.cookie])
    const page = await context.newPage()
    await page.addInitScript({ content: probe })
    const day = JSON.stringify({ ok: true, value: syntheticMonitor() })
    const coarse = JSON.stringify({ ok: true, value: syntheticMonitor(Date.now(), 288) })
    await page.route('**/__bridge/invoke/unlimited.monitor', async (route) => {
      const { input } = JSON.parse(route.request().postData() ?? '{}') as { input?: { period?: number } }
      const period = input?.period
      await route.fulfill({ status: 200, contentType: 'application/json', body: period === 60 ? day : coarse })
    })
    await page.goto(`${bridge.origin}/`)
    await page.getByRole('tab', { name: 'Unlimited servers' }).click()
    const firstRow = page.locator('table tr[data-row-index]').last()
    await firstRow.waitFor()
    const name = ((await firstRow.locator('td', { hasText: '.proxy.' }).first().textContent()) ?? '').trim()
    await page.getByRole('button', { name: `Monitor ${name}`, exact: true }).click()
    const dialog = page.getByRole('dialog')
    await curvesWithFewPoints(page)

    const samples: number[] = []
    for (let i = 0; i <= SAMPLES; i++) {
      const measured = page.evaluate(`window.__monitorProbe(${POINTS})`) as Promise<number>
      await dialog.getByText('1 min', { exact: true }).click()
      const ms = await measured
      // The first one also loads the answer; the rest draw from the cache, as switching back and forth does.
      if (i > 0) samples.push(ms)
      await dialog.getByText('5 min', { exact: true }).click()
      await curvesWithFewPoints(page)
      await page.waitForTimeout(150)
    }
    await context.close()

    console.info('\nServer monitor: one day at 60 s (1,440 points × 5 metrics) drawn (median of the samples)')
    console.table({
      'Period → 5 charts drawn': { median: `${median(samples).toFixed(1)} ms`, samples: samples.length },
    })
    return [figure('Monitor: 1,440 points × 5 metrics rendered', median(samples), 'ms', '< 200')]
  } finally {
    await browser.close()
    await bridge.close()
  }
}
