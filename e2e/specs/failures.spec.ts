import { expect, test } from '../fixtures'

test.describe('when Thordata fails', () => {
  test('an outage shows a clear error, and Try again recovers', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByRole('region', { name: 'Wallet' })).toContainText('$')

    await harness.addFault('demo', { kind: 'http-error', status: 503, path: '/account/wallet-balance' })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    const wallet = page.getByRole('region', { name: 'Wallet' })
    await expect(wallet.getByRole('alert')).toContainText(/Thordata/i, { timeout: 15_000 })

    await harness.clearFaults('demo')
    await wallet.getByRole('button', { name: 'Try again' }).click()
    await expect(wallet).toContainText('$125.50')
    await expect(wallet.getByRole('alert')).toHaveCount(0)
  })

  test('a rejected token offers no pointless retry', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText('GB')
    await harness.addFault('demo', { kind: 'code', code: 10013, path: '/account/traffic-balance' })
    await page.getByRole('button', { name: 'Refresh', exact: true }).click()
    const card = page.getByRole('region', { name: 'Traffic remaining' })
    await expect(card.getByRole('alert')).toContainText(/token/i)
    await expect(card.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  })
})
