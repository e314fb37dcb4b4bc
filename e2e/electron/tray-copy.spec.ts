import { type ElectronApplication, expect, type Page, test } from '@playwright/test'
import { findElectron, launchApp } from './electron-binary'

const electronBinary = findElectron()

type MenuLike = { items: Array<{ label: string; click: () => void; submenu?: MenuLike | null }> }

/** Saves a preset through the window's own bridge and makes it the default. */
async function savePreset(page: Page, name: string) {
  const saved = await page.evaluate(
    (presetName) =>
      (
        window as unknown as {
          thordata: { invoke: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }
        }
      ).thordata.invoke['presets.save']({
        name: presetName,
        kind: 'extract',
        input: { product: 'residential', session: 'rotating', count: 5, country: 'US' },
        makeDefault: true,
      }),
    name,
  )
  expect(saved.ok).toBe(true)
}

test.describe('the tray and the global shortcut in Electron', () => {
  test.skip(!electronBinary.path, `No Electron binary on this machine: ${electronBinary.reason}`)

  let app: ElectronApplication
  let page: Page

  let close: () => Promise<void>

  test.beforeEach(async () => {
    ;({ app, page, close } = await launchApp('thordata-e2e-tray-', electronBinary.path as string))
    // Keep the tray's latest menu where the test can reach it: a panel's click is not something Playwright can do.
    await app.evaluate(({ Tray }) => {
      const set = Tray.prototype.setContextMenu
      Tray.prototype.setContextMenu = function (this: Electron.Tray, menu: Electron.Menu | null) {
        Object.assign(globalThis, { __trayMenu: menu })
        return set.call(this, menu)
      }
    })
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByText('Traffic remaining')).toBeVisible()
  })

  test.afterEach(async () => {
    await close?.()
  })

  test('Copy link → the preset puts its link on the system clipboard', async () => {
    await savePreset(page, 'US rotating')
    await expect
      .poll(() =>
        app.evaluate(() => {
          const menu = (globalThis as unknown as { __trayMenu?: MenuLike }).__trayMenu
          return menu?.items.find((item) => item.label === 'Copy link')?.submenu?.items.map((item) => item.label) ?? []
        }),
      )
      .toEqual(['US rotating (default)'])
    await app.evaluate(({ clipboard }) => {
      clipboard.writeText('')
      const menu = (globalThis as unknown as { __trayMenu: MenuLike }).__trayMenu
      menu.items.find((item) => item.label === 'Copy link')?.submenu?.items[0].click()
    })
    await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toMatch(/^https?:\/\/\S+/)
  })

  test('the global shortcut, once turned on in Settings, copies the default preset', async () => {
    await savePreset(page, 'US rotating')
    // Keep the callback Electron registers: a system-wide key press is not something Playwright can send.
    await app.evaluate(({ globalShortcut }) => {
      const register = globalShortcut.register.bind(globalShortcut)
      globalShortcut.register = (accelerator: string, run: () => void) => {
        Object.assign(globalThis, { __shortcut: { accelerator, run } })
        return register(accelerator, run)
      }
    })
    await page.getByRole('tab', { name: 'Settings' }).click()
    const preferences = page.getByRole('region', { name: 'Preferences' })
    await preferences.getByRole('switch', { name: /Global shortcut/ }).press('Space')
    await preferences.getByRole('button', { name: 'Save changes' }).press('Enter')
    await expect
      .poll(() => app.evaluate(({ globalShortcut }) => globalShortcut.isRegistered('CommandOrControl+Shift+L')))
      .toBe(true)
    await app.evaluate(({ clipboard }) => {
      clipboard.writeText('')
      ;(globalThis as unknown as { __shortcut: { run: () => void } }).__shortcut.run()
    })
    await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toMatch(/^https?:\/\/\S+/)
  })
})
