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
})
