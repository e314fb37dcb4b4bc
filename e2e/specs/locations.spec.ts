import { expect, openDemoTab, test } from '../fixtures'

test.describe('locations', () => {
  test('drill down from country to state to city, searching as you type', async ({ page }) => {
    await openDemoTab(page, 'Locations')
    const countries = page.getByRole('region', { name: 'Countries' })
    await page.getByLabel('Search countries').fill('united st')
    await countries.getByRole('button', { name: /United States/ }).click()

    const states = page.getByRole('region', { name: 'States' })
    // The list is long and virtualized: Texas is found by searching, as a user would, not by its being drawn.
    await expect(states.getByRole('button', { name: 'Alabama', exact: true })).toBeVisible()
    await page.getByLabel('Search states').fill('tex')
    await states.getByRole('button', { name: 'Texas', exact: true }).click()

    const cities = page.getByRole('region', { name: 'Cities' })
    await expect(cities.getByText('Austin', { exact: true })).toBeVisible()
    await page.getByLabel('Search cities').fill('aus')
    await expect(cities.getByText('Austin', { exact: true })).toBeVisible()
    await expect(cities.getByText('Houston', { exact: true })).toHaveCount(0)
  })

  test('copy a location code', async ({ page, harness }) => {
    await openDemoTab(page, 'Locations')
    await page.getByLabel('Search countries').fill('germany')
    await page.getByRole('button', { name: 'Copy code DE' }).click()
    await expect.poll(async () => (await harness.state()).clipboard).toBe('DE')
  })

  test('ASNs per country, and the unlimited product has its own list', async ({ page }) => {
    await openDemoTab(page, 'Locations')
    await page
      .getByRole('region', { name: 'Countries' })
      .getByRole('button', { name: /United States/ })
      .click()
    await page
      .locator('label')
      .filter({ hasText: /^ASNs$/ })
      .click()
    await expect(page.getByRole('region', { name: 'ASNs' })).toContainText('AS7922')
    await page
      .locator('label')
      .filter({ hasText: /^Unlimited$/ })
      .click()
    await expect(page.getByRole('region', { name: 'Countries' }).getByRole('button').first()).toBeVisible()
  })
})

test.describe('locations at the 900×600 minimum window', () => {
  test.use({ viewport: { width: 900, height: 600 } })

  test('every list shows its names, codes and copy buttons side by side', async ({ page }) => {
    await openDemoTab(page, 'Locations')
    const countries = page.getByRole('region', { name: 'Countries' })
    await countries.getByRole('button', { name: 'United States', exact: true }).click()
    await page.getByRole('button', { name: 'All cities in United States' }).click()
    const cities = page.getByRole('region', { name: 'Cities' })
    const row = cities.locator('tbody tr').first()
    await expect(row.getByRole('button', { name: /^Copy code / })).toBeInViewport()
    await expect(countries.getByRole('button', { name: 'Copy code US' })).toBeInViewport()
    // The two lists sit side by side, and neither scrolls sideways.
    const [left, right] = [await countries.boundingBox(), await cities.boundingBox()]
    expect(left && right && left.x + left.width <= right.x).toBe(true)
    for (const table of await page.getByRole('table').all()) {
      const { scrollWidth, clientWidth } = await table.locator('..').evaluate((e) => ({
        scrollWidth: e.scrollWidth,
        clientWidth: e.clientWidth,
      }))
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    }
  })
})
