import { expect, fillConnectForm, test } from '../fixtures'

test.describe('connecting a Thordata account', () => {
  test('valid credentials are checked, kept in the keychain, and survive a restart', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, account)

    await expect(page.getByTestId('account-chip')).toContainText(account.accountName)
    await expect(page.getByTestId('account-chip')).not.toContainText('Demo')
    const sim = (await harness.simState('remote')) as { trafficBalanceMb: number }
    await expect(page.getByRole('region', { name: 'Traffic remaining' })).toContainText(
      `${(sim.trafficBalanceMb / 1024).toFixed(2)} GB`,
    )

    // The window never holds the key: not in the page, not in what the bridge answered.
    expect(await page.content()).not.toContain(account.key)

    await page.getByRole('tab', { name: 'Settings' }).click()
    await expect(page.getByText('OS keychain')).toBeVisible()
    await expect(page.getByText(`${account.token.slice(0, 4)}…${account.token.slice(-4)}`)).toBeVisible()

    await harness.restart()
    await expect(page.getByTestId('account-chip')).toContainText(account.accountName)
  })

  test('a wrong key is shown on the key field and nothing is stored', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, { ...account, key: 'not-the-key' })

    const keyField = page.getByLabel('API key')
    await expect(keyField).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText(/rejected the key/i)).toBeVisible()
    // The form keeps what was typed so the user fixes one field, not three.
    await expect(page.getByLabel('API token')).toHaveValue(account.token)
    await expect(page.getByLabel('Account name')).toHaveValue(account.accountName)

    await harness.restart()
    await expect(page.getByRole('heading', { name: 'Welcome to Thordata Desktop' })).toBeVisible()
  })

  test('without a keychain the cause is named and "this session only" connects', async ({ page, harness }) => {
    await harness.reset({ keychain: 'unavailable' })
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, account)

    await expect(page.getByText('Your credentials could not be saved')).toBeVisible()
    await expect(page.getByText(/Secret Service/)).toBeVisible()
    await page.getByRole('button', { name: 'Keep for this session only' }).click()
    await expect(page.getByTestId('account-chip')).toContainText(account.accountName)

    await page.getByRole('tab', { name: 'Settings' }).click()
    await expect(page.getByText(/This session only/)).toBeVisible()

    await harness.restart()
    await expect(page.getByRole('heading', { name: 'Welcome to Thordata Desktop' })).toBeVisible()
  })
})
