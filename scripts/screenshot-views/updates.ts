import type { Page } from 'playwright-core'
import type { View, ViewContext } from '../screenshot-views'

/** The demo's Settings, scrolled to About, after the scripted updater has been asked to check. */
async function openAbout(page: Page, ctx: ViewContext) {
  await ctx.startDemo()
  await ctx.tab('settings')
  const about = page.locator('#settings-about').locator('xpath=ancestor::section[1]')
  await about.scrollIntoViewIfNeeded()
  await page.getByRole('button', { name: ctx.t('settings:updater.check', 'Check for updates') }).click()
  return about
}

const notes = '<h3>What changed</h3><ul><li>ISP, unlimited server and CDK tabs</li><li>Faster tray refresh</li></ul>'

/** Settings → About in each update state, and the banner a ready update shows above every section. */
export const updateViews: View[] = [
  {
    name: 'settings-update-checking',
    caption: 'Settings → About: checking for updates',
    open: async (page, ctx) => {
      await ctx.scriptUpdater({ check: 'stall' })
      await openAbout(page, ctx)
      await page.locator('[data-testid="updater-panel"][data-state="checking"]').waitFor()
    },
  },
  {
    name: 'settings-update-latest',
    caption: 'Settings → About: the latest version, with the time of the check',
    open: async (page, ctx) => {
      await ctx.scriptUpdater({ check: 'none' })
      await openAbout(page, ctx)
      await page.locator('[data-testid="updater-panel"][data-state="up-to-date"]').waitFor()
    },
  },
  {
    name: 'settings-update-available',
    caption: 'Settings → About: an update found, with its release notes',
    open: async (page, ctx) => {
      await ctx.scriptUpdater({ check: 'available', version: '0.2.0', notes })
      await openAbout(page, ctx)
      await page.locator('[data-testid="updater-panel"][data-state="available"]').waitFor()
    },
  },
  {
    name: 'settings-update-downloading',
    caption: 'Settings → About: the update downloading, with its progress',
    open: async (page, ctx) => {
      await ctx.scriptUpdater({ check: 'available', version: '0.2.0', notes, download: 'stall' })
      await openAbout(page, ctx)
      await page.getByRole('button', { name: ctx.t('settings:updater.download', 'Download update') }).click()
      await page.locator('[data-testid="updater-panel"][data-state="downloading"]').waitFor()
    },
  },
  {
    name: 'settings-update-ready',
    caption: 'A downloaded update: the banner and About offer “Restart now” or “Install on quit”',
    fullPage: true,
    open: async (page, ctx) => {
      await ctx.scriptUpdater({ check: 'available', version: '0.2.0', notes })
      await openAbout(page, ctx)
      await page.getByRole('button', { name: ctx.t('settings:updater.download', 'Download update') }).click()
      await page.locator('[data-testid="update-ready-banner"]').waitFor()
      await page.evaluate(() => window.scrollTo(0, 0))
    },
  },
  {
    name: 'settings-update-error',
    caption: 'Settings → About: a failed check says why and offers a retry',
    open: async (page, ctx) => {
      await ctx.scriptUpdater({ check: 'offline' })
      await openAbout(page, ctx)
      await page.locator('[data-testid="updater-panel"][data-state="error"]').waitFor()
    },
  },
]
