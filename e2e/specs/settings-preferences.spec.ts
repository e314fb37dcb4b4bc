import { expect, test } from '../fixtures'

test.describe('tray and shortcut preferences', () => {
  test('are saved, kept across a restart, and a bad shortcut is refused on its field', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Settings' }).click()
    const preferences = page.getByRole('region', { name: 'Preferences' })

    const days = preferences.getByLabel('Runway warning (days)')
    await expect(days).toHaveValue('7')
    await days.fill('12')
    const closeToTray = preferences.getByRole('switch', { name: /Keep running in the tray/ })
    await expect(closeToTray).toBeChecked()
    // By keyboard: the window's sticky header may sit over a switch scrolled into view.
    await closeToTray.press('Space')
    const keys = preferences.getByLabel('Shortcut keys')
    await expect(keys).toBeDisabled()
    await preferences.getByRole('switch', { name: /Global shortcut/ }).press('Space')
    await keys.fill('Ctrl+Hyper+L')
    await preferences.getByRole('button', { name: 'Save changes' }).press('Enter')
    await expect(keys).toHaveAttribute('aria-invalid', 'true')
    await expect(
      preferences.getByText(/Use modifiers \(CommandOrControl, Alt, Shift, Super\) and one key/),
    ).toBeVisible()
    // Nothing was saved: the form keeps what was typed.
    await expect(days).toHaveValue('12')

    await keys.fill('Alt+Shift+K')
    await preferences.getByRole('button', { name: 'Save changes' }).press('Enter')
    await expect(page.getByText('Settings saved')).toBeVisible()

    await harness.restart()
    await page.getByRole('tab', { name: 'Settings' }).click()
    const again = page.getByRole('region', { name: 'Preferences' })
    await expect(again.getByLabel('Runway warning (days)')).toHaveValue('12')
    await expect(again.getByRole('switch', { name: /Keep running in the tray/ })).not.toBeChecked()
    await expect(again.getByRole('switch', { name: /Global shortcut/ })).toBeChecked()
    await expect(again.getByLabel('Shortcut keys')).toHaveValue('Alt+Shift+K')
  })
})
