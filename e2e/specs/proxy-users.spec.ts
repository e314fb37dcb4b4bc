import { readFile } from 'node:fs/promises'
import { parse } from 'papaparse'
import { expect, type Harness, openDemoTab, test } from '../fixtures'

interface SimUser {
  username: string
  password: string
  enabled: boolean
  trafficLimitMb: number
}
const residentialUsers = async (harness: Harness) =>
  ((await harness.simState('demo')) as { proxyUsers: Record<string, SimUser[]> }).proxyUsers['1']

test.describe('proxy users', () => {
  test('add, edit only the password (the cap stays), then delete a user', async ({ page, harness }) => {
    await openDemoTab(page, 'Proxy users')
    await page.getByRole('button', { name: 'Add user' }).click()
    const form = page.getByRole('dialog')
    await form.getByLabel('Username').fill('teamdesk01')
    await form.getByLabel('Password', { exact: true }).fill('Start2026x')
    await form.getByLabel('Traffic limit').fill('2')
    await form.getByRole('combobox', { name: 'Limit unit' }).selectOption('GB')
    await form.getByRole('button', { name: 'Save user' }).click()
    await expect(page.getByRole('row', { name: /teamdesk01/ })).toBeVisible()
    expect((await residentialUsers(harness)).find((u) => u.username === 'teamdesk01')).toMatchObject({
      trafficLimitMb: 2048,
      enabled: true,
    })

    await page.getByRole('button', { name: 'Edit teamdesk01' }).click()
    await page.getByRole('dialog').getByLabel('Password', { exact: true }).fill('Changed2026y')
    await page.getByRole('dialog').getByRole('button', { name: 'Save user' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect
      .poll(async () => (await residentialUsers(harness)).find((u) => u.username === 'teamdesk01'))
      .toMatchObject({ password: 'Changed2026y', trafficLimitMb: 2048, enabled: true })

    await page.getByRole('button', { name: 'Delete teamdesk01' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete proxy user teamdesk01?' })
    await confirm.getByRole('button', { name: 'Delete teamdesk01' }).click()
    await expect(page.getByRole('row', { name: /teamdesk01/ })).toHaveCount(0)
    expect((await residentialUsers(harness)).some((u) => u.username === 'teamdesk01')).toBe(false)
  })

  test('reveal and copy a password', async ({ page, harness }) => {
    await openDemoTab(page, 'Proxy users')
    const [first] = await residentialUsers(harness)
    const row = page.getByRole('row', { name: new RegExp(first.username) })
    await expect(row).not.toContainText(first.password)
    await row.getByRole('button', { name: `Show password for ${first.username}` }).click()
    await expect(row).toContainText(first.password)
    await row.getByRole('button', { name: `Copy password for ${first.username}` }).click()
    await expect.poll(async () => (await harness.state()).clipboard).toBe(first.password)
  })

  test('each server rejection lands on its field, and the form keeps what was typed', async ({ page, harness }) => {
    await openDemoTab(page, 'Proxy users')
    const [first] = await residentialUsers(harness)
    await page.getByRole('button', { name: 'Add user' }).click()
    const form = page.getByRole('dialog')
    const fill = async (username: string) => {
      await form.getByLabel('Username').fill(username)
      await form.getByLabel('Password', { exact: true }).fill('Valid2026pw')
      await form.getByRole('button', { name: 'Save user' }).click()
    }
    // 10018: the name is taken.
    await fill(first.username)
    await expect(form.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true')
    await expect(form).toContainText(/already/i)
    await expect(form.getByLabel('Password', { exact: true })).toHaveValue('Valid2026pw')

    // 10015 and 10016 from Thordata itself (the form's own checks passed).
    await harness.addFault('demo', { kind: 'code', code: 10015, path: '/proxy-users/create-user', times: 1 })
    await fill('freshname01')
    await expect(form.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true')
    await harness.addFault('demo', { kind: 'code', code: 10016, path: '/proxy-users/create-user', times: 1 })
    await fill('freshname01')
    await expect(form.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true')

    // 10019: no room for another user — not a field problem, an alert in the form.
    await harness.addFault('demo', { kind: 'code', code: 10019, path: '/proxy-users/create-user', times: 1 })
    await fill('freshname01')
    await expect(form.getByRole('alert')).toContainText(/limit|maximum|more/i)
    await expect(form.getByLabel('Username')).toHaveValue('freshname01')
  })

  test('editing a user that was deleted elsewhere says so on the username', async ({ page, harness }) => {
    await openDemoTab(page, 'Proxy users')
    const [first] = await residentialUsers(harness)
    await page.getByRole('button', { name: `Edit ${first.username}` }).click()
    await harness.addFault('demo', { kind: 'code', code: 10020, path: '/proxy-users/update-user', times: 1 })
    await page.getByRole('dialog').getByRole('button', { name: 'Save user' }).click()
    await expect(page.getByRole('dialog').getByLabel('Username')).toHaveAttribute('aria-invalid', 'true')
  })

  test('a narrow window (900×600) shows the username and the actions of every row', async ({ page, harness }) => {
    await page.setViewportSize({ width: 900, height: 600 })
    await openDemoTab(page, 'Proxy users')
    const table = page.getByRole('table', { name: 'Proxy users' })
    const rows = table.locator('tr[data-row-index]')
    await rows.first().waitFor()
    const users = await residentialUsers(harness)
    const scroller = (await table.locator('xpath=..').boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 }
    const inside = (box: { x: number; y: number; width: number; height: number } | null) => {
      expect(box).not.toBeNull()
      if (!box) return
      expect(box.width).toBeGreaterThan(0)
      expect(box.x).toBeGreaterThanOrEqual(scroller.x - 1)
      expect(box.x + box.width).toBeLessThanOrEqual(Math.min(scroller.x + scroller.width, 900) + 1)
    }

    let checked = 0
    for (const user of users) {
      const row = table.locator('tr[data-row-index]').filter({ has: page.getByText(user.username, { exact: true }) })
      // Scrolled into view as a user would: every row, not only the first screenful.
      await row.scrollIntoViewIfNeeded()
      const name = row.getByText(user.username, { exact: true })
      inside(await name.boundingBox())
      // Shown whole, not cut to an ellipsis.
      expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
      for (const action of [`Usage of ${user.username}`, `Edit ${user.username}`, `Delete ${user.username}`]) {
        const button = row.getByRole('button', { name: action })
        await expect(button).toBeVisible()
        inside(await button.boundingBox())
      }
      checked++
    }
    expect(checked).toBe(users.length)
    // Nothing pushes the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(900)

    // The columns that did not fit are one click away, in the row's detail.
    const [first] = users
    await page.getByRole('button', { name: `Show details: ${first.username}` }).click()
    await expect(table.locator('tr[data-detail]')).toContainText('Created')
  })

  test('CSV export of the users table', async ({ page, harness }) => {
    await openDemoTab(page, 'Proxy users')
    const table = page.getByRole('table', { name: 'Proxy users' })
    await table.locator('tr[data-row-index]').first().waitFor()
    const users = await residentialUsers(harness)
    const query = 'o'
    const expected = users.filter((u) => u.username.includes(query)).map((u) => u.username)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(users.length)

    await page.getByRole('textbox', { name: 'Search users' }).fill(query)
    await expect(page.getByText(`${expected.length} of ${users.length}`)).toBeVisible()
    const headers = await table.locator('thead th').evaluateAll((cells) => cells.map((c) => c.textContent?.trim()))
    const shown = await table
      .locator('tr[data-row-index]')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim())),
      )

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('proxy-users-residential.csv')
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
    const [header, ...records] = parse<string[]>(text.trim()).data
    expect(header).toEqual(['Username', 'Status', 'Used', 'Traffic limit', 'Created'])
    expect(records.map((record) => record[0])).toEqual(shown.map((cells) => cells[headers.indexOf('Username')]))
    expect(records.map((record) => record[0]).sort()).toEqual([...expected].sort())
    // Each field reads as its cell does; never a password.
    for (const [index, record] of records.entries()) {
      for (const [field, column] of header.entries()) {
        const at = headers.indexOf(column)
        if (at >= 0 && column !== 'Created') expect(shown[index][at], column).toBe(record[field])
      }
    }
    for (const user of users) expect(text).not.toContain(user.password)
  })

  test('a user’s usage: daily, then hourly; a window over 180 days is refused on the field', async ({
    page,
    harness,
  }) => {
    await openDemoTab(page, 'Proxy users')
    await page.getByRole('table', { name: 'Proxy users' }).locator('tr[data-row-index]').first().waitFor()
    const users = (await residentialUsers(harness)) as (SimUser & { usage: { date: string; kb: number }[] })[]
    // Someone who used traffic yesterday, so the last 24 hours have finished hours with usage.
    const busy = users.find((u) => u.usage.slice(-2).some((day) => day.kb > 0))
    if (!busy) throw new Error('the demo account has no user with recent usage')

    await page.getByRole('button', { name: `Usage of ${busy.username}` }).click()
    const drawer = page.getByRole('dialog', { name: `Usage of ${busy.username}` })
    await expect(drawer.getByRole('table', { name: `Daily usage of ${busy.username}` })).toBeVisible()
    await drawer.getByText('Hourly', { exact: true }).click()
    const chart = drawer.getByRole('figure', { name: `Hourly traffic of ${busy.username}` })
    await expect(chart.locator('.recharts-line').first()).toBeVisible()
    await expect(drawer.getByText(/^Used in these hours: /)).toBeVisible()

    // Seven months back to the 1st, then forward to this month's 1st: more than 180 days.
    const now = new Date()
    const monthName = (d: Date) => d.toLocaleString('en-US', { month: 'long' })
    const start = new Date(now.getFullYear(), now.getMonth() - 7, 1)
    await drawer.getByRole('button', { name: /^Hours/ }).click()
    for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Previous month' }).click()
    await page.getByRole('button', { name: `1 ${monthName(start)} ${start.getFullYear()}`, exact: true }).click()
    for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next month' }).click()
    await page.getByRole('button', { name: `1 ${monthName(now)} ${now.getFullYear()}`, exact: true }).click()
    await expect(drawer.getByText('Pick at most 180 days')).toBeVisible()
    // The chart still shows the last window that was allowed.
    await expect(chart.locator('.recharts-line').first()).toBeVisible()
  })
})
