import type { Page } from 'playwright-core'
import type { View, ViewContext } from '../screenshot-views'
import { unlimitedOrderViews } from './unlimited-orders'

/** The healthy server: the last row, the list being sorted by expiry (expired, expiring, healthy). */
async function healthyServer(page: Page): Promise<string> {
  const row = page.locator('table tr[data-row-index]').last()
  await row.waitFor()
  return ((await row.locator('td', { hasText: '.proxy.' }).first().textContent()) ?? '').trim()
}

/** A row action by its accessible name: its icon button, or the row's "…" menu when the window is narrow. */
async function rowAction(page: Page, ctx: ViewContext, key: string, english: string) {
  const name = await healthyServer(page)
  const label = ctx.t(`unlimited:actions.${key}`, english, { name })
  const button = page.getByRole('button', { name: label, exact: true })
  if (await button.isVisible()) return button.click()
  await page.getByRole('button', { name: ctx.t('table:actionsFor', `Actions for ${name}`, { name }) }).click()
  await page.getByRole('menuitem', { name: label, exact: true }).click()
}

async function openList(page: Page, ctx: ViewContext) {
  await ctx.startDemo()
  await ctx.tab('unlimited')
  await page.locator('table tr[data-row-index]').first().waitFor()
}

/** Screenshot views of the unlimited tab (listed in scripts/screenshot-views.ts). */
export const unlimitedViews: View[] = [
  {
    name: 'unlimited',
    caption: 'Unlimited servers: the list, soonest expiry first, with status and row actions',
    open: openList,
  },
  {
    name: 'unlimited-restart',
    caption: 'Restart confirmation for an unlimited server',
    open: async (page, ctx) => {
      await openList(page, ctx)
      await rowAction(page, ctx, 'restartServer', 'Restart {{name}}')
      await page.getByRole('dialog').waitFor()
    },
  },
  {
    name: 'unlimited-restarting',
    caption: 'A restart accepted: the row says "Restarting" while the list is re-read',
    open: async (page, ctx) => {
      await openList(page, ctx)
      await rowAction(page, ctx, 'restartServer', 'Restart {{name}}')
      await page
        .getByRole('dialog')
        .getByRole('button', { name: ctx.t('unlimited:restart.confirm', 'Restart server') })
        .click()
      await page.getByText(ctx.t('unlimited:status.restarting', 'Restarting'), { exact: true }).waitFor()
      await page.getByRole('dialog').waitFor({ state: 'detached' })
    },
  },
  {
    name: 'unlimited-monitor',
    caption: 'Server monitor: CPU, memory, TCP and WAN in/out over the last 24 hours, units marked as inferred',
    fullPage: true,
    open: async (page, ctx) => {
      await openList(page, ctx)
      await rowAction(page, ctx, 'monitorServer', 'Monitor {{name}}')
      await page.getByRole('dialog').locator('.recharts-line-curve').nth(4).waitFor()
    },
  },
  {
    name: 'unlimited-balancer',
    caption: 'Monitor, load-balancer view: client connections and traffic in front of the server, units inferred',
    fullPage: true,
    open: async (page, ctx) => {
      await openList(page, ctx)
      await rowAction(page, ctx, 'monitorServer', 'Monitor {{name}}')
      const drawer = page.getByRole('dialog')
      await drawer.locator('.recharts-line-curve').nth(4).waitFor()
      await drawer.getByText(ctx.t('unlimited:balancer.subjects.balancer', 'Load balancer'), { exact: true }).click()
      await drawer.locator('.recharts-line-curve').nth(1).waitFor()
      await drawer.locator('.recharts-line-curve').nth(2).waitFor({ state: 'detached' })
    },
  },
  // Renewal, upgrade and bound users (helper C's views).
  ...unlimitedOrderViews,
]
