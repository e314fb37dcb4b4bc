import { expectAccessible } from '../axe'
import { expect, test } from '../fixtures'

/** Settings → About and the shell's banner, driven by the app's real update state machine over a scripted updater. */
test.describe('updates', () => {
  const openAbout = async (page: import('@playwright/test').Page) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Settings' }).click()
    return page.getByRole('region', { name: 'About' })
  }

  test('in the browser preview, About says why updates are off and offers nothing to click', async ({ page }) => {
    const about = await openAbout(page)
    await expect(
      about.getByText('This is the browser preview: updates are installed by the desktop app.'),
    ).toBeVisible()
    await expect(about.getByRole('button', { name: /check/i })).toHaveCount(0)
    await expect(about.getByRole('switch', { name: /Download updates automatically/ })).toHaveCount(0)
  })

  test('check → available with notes → download with progress → ready → Restart now installs once', async ({
    page,
    harness,
  }) => {
    await harness.scriptUpdater({ check: 'available', version: '0.2.0', notes: '<ul><li>Faster tray</li></ul>' })
    const about = await openAbout(page)
    const panel = about.getByTestId('updater-panel')
    await about.getByRole('button', { name: 'Check for updates' }).click()
    await expect(about.getByText('Version 0.2.0 is available')).toBeVisible()
    await expect(about.getByRole('region', { name: 'What’s new' })).toHaveText('• Faster tray')
    await expectAccessible(page, {
      name: 'Settings: update available with notes',
      include: ['section[aria-labelledby="settings-about"]'],
    })

    await about.getByRole('button', { name: 'Download update' }).click()
    await expect(panel).toHaveAttribute('data-state', 'ready')
    await expect(about.getByText('Version 0.2.0 is ready to install')).toBeVisible()
    // The quiet banner above every section says the same and offers the same two ways.
    const banner = page.getByTestId('update-ready-banner')
    await expect(banner).toContainText('Version 0.2.0 of Thordata Desktop has been downloaded')
    await expectAccessible(page, { name: 'Settings: update ready (banner and About)' })

    const restart = about.getByRole('button', { name: 'Restart now' })
    await restart.dblclick()
    await expect.poll(async () => (await harness.updaterCounts()).installs).toBe(1)
    // Busy until the app quits: no second click gets through.
    await expect(restart).toBeDisabled()
    expect((await harness.updaterCounts()).installs).toBe(1)
  })

  test('"Install on quit" quiets the banner and About says when it installs', async ({ page, harness }) => {
    await harness.scriptUpdater({ check: 'available', version: '0.3.0' })
    const about = await openAbout(page)
    await about.getByRole('button', { name: 'Check for updates' }).click()
    await about.getByRole('button', { name: 'Download update' }).click()
    const banner = page.getByTestId('update-ready-banner')
    await banner.getByRole('button', { name: 'Install on quit' }).click()
    await expect(banner).toHaveCount(0)
    await expect(about.getByText('Version 0.3.0 installs when you quit Thordata Desktop')).toBeVisible()
    expect((await harness.updaterCounts()).installs).toBe(0)
  })

  test('a damaged download and an offline check each say what happened and offer a retry', async ({
    page,
    harness,
  }) => {
    await harness.scriptUpdater({ check: 'available', version: '0.2.0', download: 'damaged' })
    const about = await openAbout(page)
    await about.getByRole('button', { name: 'Check for updates' }).click()
    await about.getByRole('button', { name: 'Download update' }).click()
    await expect(about.getByText('The downloaded update was damaged. Try again.')).toBeVisible()

    await harness.scriptUpdater({ check: 'offline' })
    await about.getByRole('button', { name: 'Try again' }).click()
    await expect(about.getByText(/Could not reach the update server/)).toBeVisible()

    await harness.scriptUpdater({ check: 'none' })
    await about.getByRole('button', { name: 'Try again' }).click()
    await expect(about.getByText(/You have the latest version/)).toBeVisible()
  })
})
