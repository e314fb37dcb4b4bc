import { expect, fillConnectForm, type Harness, test } from '../fixtures'

const residentialIps = async (harness: Harness) =>
  ((await harness.simState('demo')) as { whitelist: Record<string, { ip: string }[]> }).whitelist['1'].map((e) => e.ip)

test.describe('extract links', () => {
  test('from opening the app: a copied link in three clicks, a tested one in five', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click() // 1
    await page.getByRole('tab', { name: 'Extract links' }).click() // 2
    const preview = page.getByTestId('extract-preview')
    await expect(preview).toContainText('sesstype=2&number=10&country=us')
    await page.getByRole('button', { name: 'Copy link' }).click() // 3
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
    const copied = (await harness.state()).clipboard
    expect(copied).toBe(await preview.textContent())
    const demo = await harness.simulator('demo')
    expect(copied).toMatch(new RegExp(`^${demo}/extract/api\\?td-customer=[^&]+&sesstype=2&number=10&country=us$`))

    // The demo's IP starts off the residential whitelist: the test says which IP and fixes it in one click.
    const { publicIp } = (await harness.simState('demo')) as { publicIp: string }
    await page.getByRole('button', { name: 'Test link' }).click() // 4
    await expect(page.getByText(`Thordata saw the request come from ${publicIp}`)).toBeVisible()
    await page.getByRole('button', { name: `Whitelist ${publicIp} and test again` }).click() // 5
    await expect(page.getByRole('status')).toHaveText('The link works: 10 proxies returned.')
    expect(await residentialIps(harness)).toContain(publicIp)
    const first = page.getByRole('button', { name: /^Copy 203\.0\.113\.\d+:\d+$/ }).first()
    const entry = ((await first.getAttribute('aria-label')) ?? '').replace(/^Copy /, '')
    await first.click()
    await expect.poll(async () => (await harness.state()).clipboard).toBe(entry)
  })

  test('the link follows the form: unlimited with its server, and the advanced extras only when switched on', async ({
    page,
    harness,
  }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Extract links' }).click()
    await page.getByText('Unlimited', { exact: true }).click()
    const preview = page.getByTestId('extract-preview')
    await expect(preview).toContainText('/extract/unlimited_api?')
    await expect(preview).toContainText('&servers=')
    await page.getByLabel('Number of proxies').fill('0')
    await expect(page.getByText('Ask for at least one proxy')).toBeVisible()
    await expect(preview).toHaveText('Fix the highlighted fields to see the link.')
    await page.getByLabel('Number of proxies').fill('3')
    await page.getByText('Sticky', { exact: true }).click()
    await expect(page.getByText('Each proxy keeps the same exit IP for about 10 minutes.')).toBeVisible()
    await page.getByRole('switch', { name: 'Advanced' }).check()
    await expect(page.getByText(/not in the official API documentation/)).toBeVisible()
    await page.getByRole('combobox', { name: 'Protocol' }).click()
    await page.getByRole('option', { name: 'socks5h' }).click()
    await expect(preview).toContainText('sesstype=1&number=3')
    await expect(preview).toContainText('protocol=socks5h')
    await page.getByRole('switch', { name: 'Advanced' }).uncheck()
    await expect(preview).not.toContainText('protocol=')

    await page.getByRole('button', { name: 'Test link' }).click()
    await expect(page.getByRole('status')).toHaveText('The link works: 3 proxies returned.')
    // One entry through the proxy tester (the simulator's forward proxy in demo mode).
    const tryEntry = page.getByRole('button', { name: /^Test .+ through the proxy$/ })
    await tryEntry.first().click()
    await expect(tryEntry.first()).toHaveAttribute('aria-pressed', 'true')
    await tryEntry.last().click()
    await expect(page.getByTestId('proxy-test-ip')).toBeVisible()
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
    expect((await harness.state()).clipboard).toBe(await preview.textContent())
  })

  test('111: a countdown, and a retry that waits the 2 seconds out', async ({ page, harness }) => {
    await page.clock.install()
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Extract links' }).click()
    await page.getByText('Unlimited', { exact: true }).click()
    await expect(page.getByTestId('extract-preview')).toContainText('&servers=')
    // Main waits out two 111s itself (it is a read); the third reaches the window.
    await harness.addFault('demo', { kind: 'code', code: 111, path: '/extract/', times: 3 })
    await page.getByRole('button', { name: 'Test link' }).click()
    await expect(page.getByRole('timer')).toHaveText('Trying again in 2 seconds…', { timeout: 15_000 })
    await page.getByRole('button', { name: 'Wait and try again' }).click()
    await page.clock.runFor(1000)
    await expect(page.getByRole('timer')).toHaveText('Trying again in 1 second…')
    await expect(page.getByRole('status')).toHaveCount(0)
    await page.clock.runFor(1100)
    await expect(page.getByRole('status')).toHaveText('The link works: 10 proxies returned.')
  })

  test('114 says to loosen the filters; 121 says the plan expired', async ({ page, harness }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Extract links' }).click()
    await page.getByText('Unlimited', { exact: true }).click()
    await expect(page.getByTestId('extract-preview')).toContainText('&servers=')
    await harness.addFault('demo', { kind: 'code', code: 114, path: '/extract/', times: 1 })
    await page.getByRole('button', { name: 'Test link' }).click()
    await expect(page.getByText('No proxies match these settings right now.')).toBeVisible()
    await expect(page.getByText(/Loosen the filters/)).toBeVisible()

    await harness.addFault('demo', { kind: 'code', code: 121, path: '/extract/', times: 1 })
    await page.getByRole('button', { name: 'Test link' }).click()
    await expect(page.getByText(/Your unlimited plan has expired\. Renew the server/)).toBeVisible()
  })

  test('118: a wrong account name is marked, and the link goes to Settings', async ({ page, harness }) => {
    const { account } = await harness.state()
    await page.goto('/')
    await fillConnectForm(page, { ...account, accountName: 'not_my_name' })
    await page.getByRole('tab', { name: 'Extract links' }).click()
    await expect(page.getByTestId('extract-preview')).toContainText('td-customer=not_my_name')
    await page.getByRole('button', { name: 'Test link' }).click()
    await expect(page.getByText('Thordata does not recognise the account name “not_my_name”.')).toBeVisible()
    await expect(page.getByTestId('account-chip')).toContainText('Account name not recognised')
    await expect(page.getByText('Thordata did not recognise this account name.')).toBeVisible()
    await page.getByRole('button', { name: 'Fix it in Settings' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'Account name not recognised' })).toBeVisible()
  })

  test('presets: save, use, rename, set as default and delete', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await page.getByRole('tab', { name: 'Extract links' }).click()
    const preview = page.getByTestId('extract-preview')
    await page.getByLabel('Number of proxies').fill('25')
    await page.getByRole('button', { name: 'Save as preset' }).click()
    let dialog = page.getByRole('dialog', { name: 'Save as preset' })
    await dialog.getByRole('button', { name: 'Save preset' }).click()
    await expect(dialog.getByText('Give the preset a name')).toBeVisible()
    await dialog.getByLabel('Preset name').fill('US ×25')
    await dialog.getByRole('button', { name: 'Save preset' }).click()
    await expect(dialog).toHaveCount(0)
    const list = page.getByRole('list', { name: 'Presets' })
    await expect(list.getByRole('listitem')).toHaveText(/US ×25.*Default/)

    // A second preset may not take the first one's name, whatever its case.
    await page.getByLabel('Number of proxies').fill('5')
    await page.getByRole('button', { name: 'Save as preset' }).click()
    dialog = page.getByRole('dialog', { name: 'Save as preset' })
    await dialog.getByLabel('Preset name').fill('us ×25 ')
    await dialog.getByRole('button', { name: 'Save preset' }).click()
    await expect(dialog.getByText('A preset with this name exists already; choose another name')).toBeVisible()
    await dialog.getByLabel('Preset name').fill('Five')
    await dialog.getByRole('button', { name: 'Save preset' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(list.getByRole('listitem')).toHaveCount(2)

    await page.getByRole('button', { name: 'Use the preset “US ×25”' }).click()
    await expect(preview).toContainText('number=25')

    await page.getByRole('button', { name: 'More for the preset “Five”' }).click()
    await page.getByRole('menuitem', { name: 'Rename' }).click()
    dialog = page.getByRole('dialog', { name: 'Rename preset' })
    await dialog.getByLabel('Preset name').fill('Five rotating')
    await dialog.getByRole('button', { name: 'Rename' }).click()
    await expect(list).toContainText('Five rotating')

    await page.getByRole('button', { name: 'More for the preset “Five rotating”' }).click()
    await page.getByRole('menuitem', { name: 'Set as default' }).click()
    await expect(list.getByRole('listitem').first()).toHaveText(/Five rotating.*Default/)

    await page.getByRole('button', { name: 'More for the preset “US ×25”' }).click()
    await page.getByRole('menuitem', { name: 'Delete' }).click()
    dialog = page.getByRole('dialog', { name: 'Delete preset “US ×25”?' })
    await dialog.getByRole('button', { name: 'Delete preset' }).click()
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await expect(list).not.toContainText('US ×25')
  })
})
