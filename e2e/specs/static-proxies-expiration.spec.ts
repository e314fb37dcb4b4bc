import { expect, openDemoTab, test } from '../fixtures'

interface SimProxy {
  ip: string
  expiresAt: number
}

test.describe('ISP & datacenter: expiration check', () => {
  test('pasted IPs are each answered, the ones Thordata does not know said so', async ({ page, harness }) => {
    await openDemoTab(page, 'ISP & datacenter')
    const state = (await harness.simState('demo')) as { staticProxies: Record<string, SimProxy[]> }
    const [a, b] = state.staticProxies['1']
    const dc = state.staticProxies['2'][0]
    if (!a || !b || !dc) throw new Error('the demo account lacks ISP or datacenter IPs')

    await page.getByRole('button', { name: 'Check expiration…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Check expiration' })
    const field = dialog.getByRole('textbox', { name: 'IP addresses' })
    await field.fill(`${a.ip}, not-an-ip`)
    await dialog.getByRole('button', { name: 'Check 1 IP' }).click()
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByText('Not an IP address: not-an-ip')).toBeVisible()

    // A datacenter IP is not one of the ISP IPs: Thordata answers 10010 for it, and the others still come back.
    await field.fill(`${a.ip}\n192.0.2.250, ${b.ip} ${dc.ip}`)
    await dialog.getByRole('button', { name: 'Check 4 IPs' }).click()
    const results = dialog.getByRole('table', { name: 'Expiration of the IPs checked' })
    const rowOf = (ip: string) => results.getByRole('row').filter({ hasText: ip })
    await expect(rowOf(a.ip)).toContainText(/days? left|Expires today|Expired/)
    await expect(rowOf(b.ip)).toContainText(/days? left|Expires today|Expired/)
    await expect(rowOf('192.0.2.250')).toContainText('Not one of your ISP IPs')
    await expect(rowOf(dc.ip)).toContainText('Not one of your ISP IPs')
    await expect(dialog.getByText('2 found')).toBeVisible()
    await expect(dialog.getByText('2 not known to Thordata')).toBeVisible()
    const order = await results
      .locator('tr[data-row-index]')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent))
    expect(order).toEqual([a.ip, '192.0.2.250', b.ip, dc.ip])
  })

  test('the selected rows are brought into the check', async ({ page, harness }) => {
    await openDemoTab(page, 'ISP & datacenter')
    const state = (await harness.simState('demo')) as { staticProxies: Record<string, SimProxy[]> }
    const [a, b] = state.staticProxies['1']
    if (!a || !b) throw new Error('the demo account has fewer than two ISP IPs')
    await page.getByRole('checkbox', { name: `Select ${a.ip}` }).check()
    await page.getByRole('checkbox', { name: `Select ${b.ip}` }).check()
    await page.getByRole('button', { name: 'Check 2 selected…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Check expiration' })
    const value = await dialog.getByRole('textbox', { name: 'IP addresses' }).inputValue()
    expect(value.split('\n').sort()).toEqual([a.ip, b.ip].sort())
    await dialog.getByRole('button', { name: 'Check 2 IPs' }).click()
    await expect(dialog.getByText('2 found')).toBeVisible()
  })
})
