import type { Page } from 'playwright-core'
import type { View, ViewContext } from '../screenshot-views'

const dialog = (page: Page) => page.getByRole('dialog')

async function openCdk(page: Page, { startDemo, tab }: ViewContext) {
  await startDemo()
  await tab('cdk')
  await page.locator('table tr[data-row-index]').first().waitFor()
}

/** The create form, filled: 3 codes of 5 GB. */
async function fillCreate(page: Page, ctx: ViewContext) {
  const { t } = ctx
  await openCdk(page, ctx)
  await page.getByRole('button', { name: t('cdk:actions.create', 'Create codes') }).click()
  await dialog(page).getByLabel(t('cdk:create.traffic', 'Traffic per code')).fill('5')
  await dialog(page).getByLabel(t('cdk:create.count', 'Number of codes')).fill('3')
}

const review = async (page: Page, { t }: ViewContext) => {
  await dialog(page)
    .getByRole('button', { name: t('cdk:create.review', 'Review') })
    .click()
}

/** A row's action by its tooltip word, which every language has (the accessible name holds the code). */
const rowAction = (page: Page, row: number, name: string) =>
  page.locator('table tr[data-row-index]').nth(row).locator(`button[title="${name}"]`)

/** Screenshot views of the cdk tab (listed in scripts/screenshot-views.ts). */
export const cdkViews: View[] = [
  {
    name: 'cdk',
    caption: 'CDK codes: the traffic balance, the codes by status, search and export',
    fullPage: true,
    open: openCdk,
  },
  {
    name: 'cdk-create',
    caption: 'Create CDK codes: traffic per code (unit stated, with the inference) and count, with the total',
    open: fillCreate,
  },
  {
    name: 'cdk-create-confirm',
    caption: 'Create CDK codes: the confirmation, with the traffic taken from the balance',
    open: async (page, ctx) => {
      await fillCreate(page, ctx)
      await review(page, ctx)
    },
  },
  {
    name: 'cdk-created',
    caption: 'Create CDK codes: the new codes, to copy all or export as CSV',
    open: async (page, ctx) => {
      await fillCreate(page, ctx)
      await review(page, ctx)
      await dialog(page)
        .getByRole('button', { name: ctx.t('cdk:create.confirm', 'Create {{count}} codes', { count: 3 }) })
        .click()
      await dialog(page).getByRole('list').waitFor()
    },
  },
  {
    name: 'cdk-create-refused',
    caption: 'Create CDK codes refused (traffic balance too low): the form keeps what was typed and says why',
    open: async (page, ctx) => {
      await fillCreate(page, ctx)
      await dialog(page).getByLabel(ctx.t('cdk:create.traffic', 'Traffic per code')).fill('900')
      await review(page, ctx)
      await dialog(page)
        .getByRole('button', { name: ctx.t('cdk:create.confirm', 'Create {{count}} codes', { count: 3 }) })
        .click()
      await dialog(page).getByRole('alert').waitFor()
    },
  },
  {
    name: 'cdk-details',
    caption: 'A redeemed CDK code: who redeemed it, when, and for how many days',
    open: async (page, ctx) => {
      await openCdk(page, ctx)
      await page
        .locator('label')
        .filter({ hasText: ctx.t('cdk:status.used', 'Redeemed') })
        .click()
      await rowAction(page, 0, ctx.t('cdk:actions.details', 'Details')).click()
      await dialog(page).locator('dl').waitFor()
    },
  },
  {
    name: 'cdk-revoke',
    caption: 'Revoke a CDK code: the confirmation names the code and the traffic that goes back',
    open: async (page, ctx) => {
      await openCdk(page, ctx)
      await rowAction(page, 0, ctx.t('cdk:actions.revoke', 'Revoke')).click()
      await dialog(page).waitFor()
    },
  },
]
