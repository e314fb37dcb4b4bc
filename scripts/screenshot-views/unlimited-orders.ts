import type { Page } from 'playwright-core'
import type { View, ViewContext } from '../screenshot-views'

/**
 * The seeded demo servers in the list's order (soonest expiry first): expired, about to expire, the big healthy one.
 * Their region column is hidden at these widths, so a row is found by its place.
 */
type Which = 'expiring' | 'big'
const rowOf = (page: Page, which: Which) => {
  const rows = page.locator('table tr[data-row-index]')
  return which === 'expiring' ? rows.nth(1) : rows.last()
}
const BIG: Which = 'big'
const EXPIRING: Which = 'expiring'

type Action = 'renew' | 'upgrade' | 'boundUsers'
/** Each action's accessible name, which names the server: "Renew {{name}}", "Users bound to {{name}}". */
const labels: Record<Action, [key: string, english: string]> = {
  renew: ['renewServer', 'Renew {{name}}'],
  upgrade: ['upgradeServer', 'Upgrade {{name}}'],
  boundUsers: ['boundUsersOf', 'Users bound to {{name}}'],
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The action's name for any server, as a pattern. */
function actionName(ctx: ViewContext, action: Action): RegExp {
  const [key, english] = labels[action]
  const [before, after] = ctx.t(`unlimited:actions.${key}`, english, { name: 'QQSERVERQQ' }).split('QQSERVERQQ')
  return new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after ?? '')}$`)
}

/** Runs a server row's action, from its icon or, in a narrow window, from the row's "…" menu. */
async function rowAction(page: Page, ctx: ViewContext, which: Which, action: Action) {
  await ctx.startDemo()
  await ctx.tab('unlimited')
  const row = rowOf(page, which)
  await row.waitFor()
  const name = actionName(ctx, action)
  const icon = row.getByRole('button', { name })
  if ((await icon.count()) > 0 && (await icon.first().isVisible())) {
    await icon.first().click()
  } else {
    await row.getByRole('button').last().click()
    await page.getByRole('menuitem', { name }).click()
  }
  const dialog = page.getByRole('dialog').last()
  await dialog.waitFor()
  return dialog
}

const review = async (page: Page, ctx: ViewContext) => {
  await page
    .getByRole('dialog')
    .getByRole('button', { name: ctx.t('unlimited:order.review', 'Review order') })
    .click()
}

const pay = (page: Page) => page.getByRole('dialog').getByRole('button').last()

export const unlimitedOrderViews: View[] = [
  {
    name: 'unlimited-renew',
    caption: 'Renew a server: the documented periods, each with the expected new expiry, and the wallet',
    open: async (page, ctx) => {
      const dialog = await rowAction(page, ctx, EXPIRING, 'renew')
      await dialog.getByTestId('order-wallet').waitFor()
    },
  },
  {
    name: 'unlimited-renew-review',
    caption: 'Renewal confirmation: exactly what is ordered, the wallet, and what the price depends on',
    open: async (page, ctx) => {
      await rowAction(page, ctx, EXPIRING, 'renew')
      await review(page, ctx)
      await page.getByTestId('order-wallet').waitFor()
    },
  },
  {
    name: 'unlimited-renew-low-wallet',
    caption: 'A renewal refused with 10008: the reason, the wallet balance and a link to top up',
    open: async (page, ctx) => {
      const dialog = await rowAction(page, ctx, BIG, 'renew')
      await dialog.getByRole('radio').last().check()
      await review(page, ctx)
      await pay(page).click()
      await page.getByTestId('order-low-wallet').waitFor()
    },
  },
  {
    name: 'unlimited-renew-done',
    caption: 'A renewal placed: the order number, the amount charged and the wallet after it',
    open: async (page, ctx) => {
      const dialog = await rowAction(page, ctx, EXPIRING, 'renew')
      await dialog.getByRole('radio').first().check()
      await review(page, ctx)
      await pay(page).click()
      await page.getByTestId('order-amount').waitFor()
      await page.getByTestId('order-wallet').waitFor()
    },
  },
  {
    name: 'unlimited-upgrade',
    caption: 'Upgrade a server: machine and bandwidth from the documented tables, the current ones marked',
    open: async (page, ctx) => {
      const dialog = await rowAction(page, ctx, EXPIRING, 'upgrade')
      await dialog.getByTestId('order-wallet').waitFor()
    },
  },
  {
    name: 'unlimited-upgrade-review',
    caption: 'Upgrade confirmation: what changes from and to, and the wallet',
    open: async (page, ctx) => {
      await rowAction(page, ctx, EXPIRING, 'upgrade')
      await review(page, ctx)
      await page.getByTestId('order-wallet').waitFor()
    },
  },
  {
    name: 'unlimited-bound-users',
    caption: 'Users bound to a server: add one of the unlimited proxy users, remove one',
    open: async (page, ctx) => {
      const drawer = await rowAction(page, ctx, BIG, 'boundUsers')
      await drawer.locator('table tr[data-row-index]').first().waitFor()
    },
  },
  {
    name: 'unlimited-unbind',
    caption: 'Removing a bound user asks first, naming the user and the server',
    open: async (page, ctx) => {
      const drawer = await rowAction(page, ctx, BIG, 'boundUsers')
      await drawer.locator('table tr[data-row-index]').first().waitFor()
      await drawer
        .getByRole('button', { name: ctx.t('unlimited:bound.removeUser', 'Remove', { name: 'crawlfarm1' }) })
        .click()
      await page.getByRole('dialog').last().getByRole('button').last().waitFor()
    },
  },
]
