import { expect, fillConnectForm, test } from '../fixtures'

test.describe('when Thordata fails', () => {
  test('an outage keeps the last figure, says so, and Try again recovers', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    const wallet = page.getByRole('region', { name: 'Wallet' })
    await expect(wallet).toContainText('$125.50')

    await harness.addFault('demo', { kind: 'http-error', status: 503, path: '/account/wallet-balance' })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    await expect(wallet).toContainText("Couldn't refresh", { timeout: 15_000 })
    await expect(wallet).toContainText('$125.50')

    await harness.clearFaults('demo')
    await wallet.getByRole('button', { name: 'Try again' }).click()
    await expect(wallet).not.toContainText("Couldn't refresh")
    await expect(wallet).toContainText('$125.50')
  })

  test('a rejected token offers no pointless retry', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText('GB')
    await harness.addFault('demo', { kind: 'code', code: 10013, path: '/account/traffic-balance' })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    // The window says it once, with the way out; the card keeps its figure and raises no alert of its own.
    const banner = page.getByTestId('credentials-banner')
    await expect(banner).toContainText('no longer accepts')
    const card = page.getByRole('region', { name: 'Traffic remaining' })
    await expect(card.getByRole('alert')).toHaveCount(0)
    await expect(card.getByRole('button', { name: 'Try again' })).toHaveCount(0)
    await expect(banner.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  })

  test('a revoked token shows one banner and Replace credentials recovers', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, account)
    const traffic = page.getByRole('region', { name: 'Traffic remaining' })
    await expect(traffic).toContainText('GB')

    const replaced = { token: 'tok-7d1e0b93c4a25f68', key: 'key-2f6a8c1d' }
    await harness.patchSimState('remote', { credentials: replaced })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    const banner = page.getByTestId('credentials-banner')
    await expect(banner).toContainText('Thordata no longer accepts these credentials')
    // One alert for the whole window, not one per card.
    await expect(page.getByRole('alert')).toHaveCount(1)

    await banner.getByRole('button', { name: 'Replace credentials' }).click()
    const dialog = page.getByRole('dialog', { name: 'Replace credentials' })
    await expect(dialog.getByLabel('API token')).toBeFocused()
    await dialog.getByLabel('API token').fill(replaced.token)
    await dialog.getByLabel('API key').fill(replaced.key)
    await dialog.getByLabel('Account name').fill(account.accountName)
    await dialog.getByRole('button', { name: 'Save new credentials' }).click()

    await expect(banner).toHaveCount(0)
    await expect(dialog).toHaveCount(0)
    await expect(traffic).toContainText('GB')
    await expect(traffic).not.toContainText("Couldn't refresh")
    await expect(page.getByRole('region', { name: 'Wallet' })).toContainText('$')
  })
})
