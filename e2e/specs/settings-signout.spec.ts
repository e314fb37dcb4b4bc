import { expect, fillConnectForm, test } from '../fixtures'

test.describe('settings', () => {
  test('sign out asks first, removes the credentials, and returns to onboarding', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, account)
    await expect(page.getByTestId('account-chip')).toContainText(account.accountName)

    await page.getByRole('tab', { name: 'Settings' }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    const dialog = page.getByRole('dialog', { name: 'Sign out?' })
    await expect(dialog).toContainText('keychain')
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await dialog.getByRole('button', { name: 'Yes, sign out' }).click()
    await expect(page.getByRole('heading', { name: 'Welcome to Thordata Desktop' })).toBeVisible()

    await harness.restart()
    await expect(page.getByRole('heading', { name: 'Welcome to Thordata Desktop' })).toBeVisible()
  })

  test('a bad API host is refused on the field and the form keeps the typing', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Settings' }).click()
    const advanced = page.getByRole('region', { name: 'Advanced' })
    const host = advanced.getByLabel('API base URL')
    await host.fill('http://api.thordata.com/api')
    await advanced.getByRole('button', { name: 'Save changes' }).click()
    await expect(host).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Enter a Thordata https URL such as https://openapi.thordata.com/api')).toBeVisible()
    await expect(host).toHaveValue('http://api.thordata.com/api')
  })

  test('links open in the system browser, never in the app window', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Settings' }).click()
    const before = page.url()
    await page.getByRole('button', { name: /Dashboard/ }).click()
    await expect.poll(async () => (await harness.state()).opened).toEqual([expect.stringMatching(/^https:\/\//)])
    expect(page.url()).toBe(before)
  })
})
