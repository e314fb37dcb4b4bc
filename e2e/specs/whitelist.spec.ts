import { expect, type Harness, openDemoTab, test } from '../fixtures'

const residentialIps = async (harness: Harness) =>
  ((await harness.simState('demo')) as { whitelist: Record<string, { ip: string }[]> }).whitelist['1'].map((e) => e.ip)

test.describe('whitelist IPs', () => {
  test('add an IP, then delete it after confirming', async ({ page, harness }) => {
    await openDemoTab(page, 'Whitelist IPs')
    await page.getByLabel('IP address').fill('not.an.ip')
    await page.getByRole('button', { name: 'Add IP' }).click()
    await expect(page.getByLabel('IP address')).toHaveAttribute('aria-invalid', 'true')

    await page.getByLabel('IP address').fill('198.51.100.77')
    await page.getByRole('button', { name: 'Add IP' }).click()
    // The new row is brought into view and marked.
    const table = page.getByRole('table', { name: 'Whitelisted IPs' })
    const added = table.getByRole('row').filter({ hasText: '198.51.100.77' })
    await expect(added).toBeInViewport()
    await expect(added).toHaveAttribute('data-highlighted', 'true')
    await expect.poll(() => residentialIps(harness)).toContain('198.51.100.77')

    await page.getByRole('button', { name: 'Delete 198.51.100.77' }).click()
    const dialog = page.getByRole('dialog', { name: 'Remove 198.51.100.77 from the whitelist?' })
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await dialog.getByRole('button', { name: 'Remove 198.51.100.77' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(table.getByText('198.51.100.77', { exact: true })).toHaveCount(0)
    expect(await residentialIps(harness)).not.toContain('198.51.100.77')
  })

  test('add my current IP', async ({ page, harness }) => {
    await openDemoTab(page, 'Whitelist IPs')
    const { publicIp } = (await harness.simState('demo')) as { publicIp: string }
    expect(await residentialIps(harness)).not.toContain(publicIp)
    await page.getByRole('button', { name: 'Add my current IP' }).click()
    await expect(page.getByText(publicIp).first()).toBeVisible()
    // Whatever the confirmation step looks like, it names the IP; confirm it if one is shown.
    const confirm = page.getByRole('button', { name: new RegExp(`^Add ${publicIp.replace(/\./g, '\\.')}`) })
    if (await confirm.count()) await confirm.click()
    await expect.poll(() => residentialIps(harness)).toContain(publicIp)
  })

  test('a failed IP lookup says why', async ({ page, harness }) => {
    await openDemoTab(page, 'Whitelist IPs')
    await harness.addFault('demo', { kind: 'malformed', path: '/whoami' })
    await page.getByRole('button', { name: 'Add my current IP' }).click()
    await expect(page.getByText(/Could not look up your public IP/).first()).toBeVisible()
  })

  test('batch add with one bad line: the others are added, the bad one stays to fix', async ({ page, harness }) => {
    await openDemoTab(page, 'Whitelist IPs')
    await page.getByRole('button', { name: 'Batch add…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('IP addresses').fill('198.51.100.31\n300.1.1.1\n2001:db8::31, 198.51.100.32')
    await dialog.getByRole('button', { name: /^Add 3 addresses/ }).click()
    await expect(dialog).toContainText('300.1.1.1')
    await expect
      .poll(() => residentialIps(harness))
      .toEqual(expect.arrayContaining(['198.51.100.31', '2001:db8::31', '198.51.100.32']))
    expect(await residentialIps(harness)).not.toContain('300.1.1.1')
    await expect(dialog.getByLabel('IP addresses')).toHaveValue(/300\.1\.1\.1/)
  })

  test('batch add paces itself, shows progress and waits out a rate limit', async ({ page, harness }) => {
    await openDemoTab(page, 'Whitelist IPs')
    const ips = ['198.51.100.51', '198.51.100.52', '198.51.100.53', '198.51.100.54']
    // Thordata says "slow down" (10011) to the first add: the app waits 2 s, then sends that same address again.
    await harness.addFault('demo', { kind: 'code', code: 10011, path: '/whitelisted-ips/add-ip', times: 1 })
    await page.getByRole('button', { name: 'Batch add…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('IP addresses').fill(ips.join('\n'))
    await dialog.getByRole('button', { name: /^Add 4 addresses/ }).click()

    await expect(dialog.getByText(/0 of 4 sent · Waiting 2 s for Thordata…/)).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible()
    await expect(dialog.getByText(/^[1-3] of 4 sent$/)).toBeVisible()
    // (An empty bar has no width, so it only counts as visible once something is sent.)
    await expect(dialog.getByRole('progressbar', { name: 'Batch progress' })).toBeVisible()

    const results = dialog.getByRole('list', { name: 'Results' })
    await expect(results).toBeVisible({ timeout: 10_000 })
    for (const ip of ips) await expect(results.getByRole('listitem').filter({ hasText: ip })).toContainText('Added')
    // Each address is on the list exactly once: the refused add was sent again, nothing twice.
    const listed = await residentialIps(harness)
    for (const ip of ips) expect(listed.filter((each) => each === ip)).toHaveLength(1)
    await expect(dialog.getByLabel('IP addresses')).toHaveValue('')
  })

  test('at the 900×600 minimum the add bar, and each row’s IP and delete action, are visible', async ({ page }) => {
    await page.setViewportSize({ width: 900, height: 600 })
    await openDemoTab(page, 'Whitelist IPs')
    for (const name of ['Add IP', 'Add my current IP', 'Batch add…']) {
      await expect(page.getByRole('button', { name })).toBeInViewport()
    }
    const rows = page.getByRole('table', { name: 'Whitelisted IPs' }).locator('tr[data-row-index]')
    await rows.first().waitFor()
    for (const row of await rows.all()) {
      await row.scrollIntoViewIfNeeded()
      const ip = (await row.getByRole('button', { name: /^Copy / }).getAttribute('aria-label'))?.slice(5) ?? ''
      await expect(row.getByText(ip, { exact: true })).toBeInViewport({ ratio: 1 })
      await expect(row.getByRole('button', { name: `Delete ${ip}` })).toBeInViewport({ ratio: 1 })
    }
  })

  test('during an outage: one alert, no endless placeholder, Add off with the reason; back after Try again', async ({
    page,
    harness,
  }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Explore demo' }).click()
    await expect(page.getByRole('tab', { name: 'Whitelist IPs' })).toBeVisible()
    await harness.addFault('demo', { kind: 'http-error', status: 503, path: '/whitelisted-ips/ip-list' })
    await page.getByRole('tab', { name: 'Whitelist IPs' }).click()
    const main = page.getByRole('main')
    await expect(main.getByRole('alert')).toHaveCount(1, { timeout: 15_000 })
    await expect(page.getByRole('status', { name: 'Loading whitelisted IPs' })).toHaveCount(0)
    const add = page.getByRole('button', { name: 'Add IP' })
    await expect(add).toBeDisabled()
    await expect(add).toHaveAccessibleDescription('Adding is paused while the list cannot be read.')

    await harness.clearFaults('demo')
    await main.getByRole('alert').getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('table', { name: 'Whitelisted IPs' })).toBeVisible()
    await expect(add).toBeEnabled()
  })
})
