import type { Page } from '@playwright/test'
import { expect, type Harness, openDemoTab, test } from '../fixtures'

const metricNames = ['CPU', 'Memory', 'TCP connections', 'WAN in', 'WAN out']

const firstServer = async (harness: Harness) =>
  ((await harness.simState('demo')) as { servers: { planName: string }[] }).servers[0].planName
const monitorReads = async (harness: Harness) =>
  (await harness.simRequests('demo')).filter((r) => r === 'GET /api/unlimited/server-monitor').length

async function openMonitor(page: Page, planName: string) {
  await expect(page.getByRole('table', { name: 'Unlimited servers' }).getByText(planName)).toBeVisible()
  const button = page.getByRole('button', { name: `Monitor ${planName}`, exact: true })
  if (await button.isVisible()) await button.click()
  else {
    await page.getByRole('button', { name: `Actions for ${planName}` }).click()
    await page.getByRole('menuitem', { name: `Monitor ${planName}`, exact: true }).click()
  }
  return page.getByRole('dialog', { name: `Monitor · ${planName}` })
}

/** Every metric's chart has drawn its line. */
async function expectCharts(page: Page, planName: string) {
  for (const metric of metricNames) {
    const chart = page.getByRole('figure', { name: `${metric} of ${planName}` })
    await expect(chart.locator('.recharts-line-curve')).toBeVisible()
  }
}

test.describe('unlimited server monitor', () => {
  test('charts CPU, memory, TCP and WAN in/out, with the units stated as inferred', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const planName = await firstServer(harness)
    const drawer = await openMonitor(page, planName)
    await expectCharts(page, planName)
    await expect(drawer).toContainText('Thordata does not state the units')
    await expect(drawer.getByText('(%, inferred)')).toHaveCount(2)
    await expect(drawer.getByText('(connections, inferred)')).toHaveCount(1)
    await expect(drawer.getByText('(Mbps, inferred)')).toHaveCount(2)
    await expect(drawer.getByText(/^Latest .* · Peak /)).toHaveCount(5)
  })

  test('each period asks Thordata again and redraws', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const planName = await firstServer(harness)
    const drawer = await openMonitor(page, planName)
    await expectCharts(page, planName)
    expect(await monitorReads(harness)).toBe(1)

    // 5 min is the default (the first read); the others each ask again.
    let reads = 1
    for (const period of ['1 min', '1 hour']) {
      await drawer.getByText(period, { exact: true }).click()
      reads += 1
      await expect.poll(() => monitorReads(harness)).toBe(reads)
      await expectCharts(page, planName)
      await expect(drawer.locator('[data-stale]')).toHaveCount(0)
    }
    // A day a point needs a longer window; a week leaves out the periods that give too many points.
    await drawer.getByLabel('Window').first().click()
    await page.getByRole('option', { name: 'Last 7 days' }).click()
    await expect(drawer.getByRole('radio', { name: '1 min' })).toBeDisabled()
    await drawer.getByText('1 day', { exact: true }).click()
    await expect.poll(() => monitorReads(harness)).toBe(reads + 2)
    await expectCharts(page, planName)
  })

  test('the load-balancer view charts its connections and traffic for the same window', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const planName = await firstServer(harness)
    const drawer = await openMonitor(page, planName)
    await expectCharts(page, planName)
    await drawer.getByText('Load balancer', { exact: true }).click()
    for (const metric of ['Client connections', 'Client traffic in']) {
      const chart = page.getByRole('figure', { name: `${metric} of ${planName}` })
      await expect(chart.locator('.recharts-line-curve')).toBeVisible()
    }
    await expect(drawer.getByText('(connections, inferred)')).toHaveCount(1)
    await expect(drawer.getByText('(Mbps, inferred)')).toHaveCount(1)
    await expect(drawer).toContainText('documents only two of its series')
    const reads = (await harness.simRequests('demo')).filter((r) => r === 'GET /api/unlimited/balancing-monitor')
    expect(reads).toHaveLength(1)
  })

  test('a failed read says why and offers to try again', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const planName = await firstServer(harness)
    await harness.addFault('demo', { kind: 'http-error', status: 503, path: '/unlimited/server-monitor' })
    const drawer = await openMonitor(page, planName)
    await expect(drawer.getByRole('alert')).toBeVisible()
    await harness.clearFaults('demo')
    await drawer.getByRole('button', { name: 'Try again' }).click()
    await expectCharts(page, planName)
  })
})
