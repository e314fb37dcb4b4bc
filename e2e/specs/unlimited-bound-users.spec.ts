import { expect, type Harness, openDemoTab, test } from '../fixtures'

interface SimServer {
  planName: string
  boundUsers: { username: string }[]
}
const servers = async (harness: Harness) =>
  ((await harness.simState('demo')) as unknown as { servers: SimServer[] }).servers
const boundTo = async (harness: Harness, index: number) =>
  (await servers(harness))[index].boundUsers.map((b) => b.username)

test.describe('unlimited servers: bound users', () => {
  test('bind a user, then unbind one after a confirmation', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const [server] = await servers(harness)
    await page.getByRole('button', { name: `Users bound to ${server.planName}` }).click()
    const drawer = page.getByRole('dialog', { name: `Users bound to ${server.planName}` })
    const table = drawer.getByRole('table', { name: `Users bound to ${server.planName}` })
    await expect(table.getByRole('row', { name: /^crawlfarm1/ })).toBeVisible()
    await expect(table.getByRole('row', { name: /^socialops/ })).toBeVisible()

    // Only the unlimited product's users that are not bound yet are offered.
    await drawer.getByRole('combobox', { name: 'Proxy user to add' }).click()
    await expect(page.getByRole('option')).toHaveText(['adverify9'])
    await page.getByRole('option', { name: 'adverify9' }).click()
    await drawer.getByRole('button', { name: 'Add user' }).click()
    await expect(table.getByRole('row', { name: /^adverify9/ })).toBeVisible()
    await expect.poll(() => boundTo(harness, 0)).toEqual(['crawlfarm1', 'socialops', 'adverify9'])

    await table.getByRole('button', { name: 'Remove crawlfarm1' }).click()
    const confirm = page.getByRole('dialog', { name: `Remove crawlfarm1 from ${server.planName}?` })
    await expect(confirm).toContainText('crawlfarm1 can no longer use this server.')
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    expect(await boundTo(harness, 0)).toContain('crawlfarm1')

    await table.getByRole('button', { name: 'Remove crawlfarm1' }).click()
    await confirm.getByRole('button', { name: 'Remove crawlfarm1' }).click()
    await expect(table.getByRole('row', { name: /^crawlfarm1/ })).toHaveCount(0)
    await expect.poll(() => boundTo(harness, 0)).toEqual(['socialops', 'adverify9'])
  })

  test('a refused unbind brings the user back and says why', async ({ page, harness }) => {
    await openDemoTab(page, 'Unlimited servers')
    const server = (await servers(harness))[1]
    await harness.addFault('demo', { kind: 'code', code: 10011, path: '/del_unlimited_servers_bind_user', times: 1 })
    await page.getByRole('button', { name: `Users bound to ${server.planName}` }).click()
    const drawer = page.getByRole('dialog', { name: `Users bound to ${server.planName}` })
    await drawer.getByRole('button', { name: 'Remove adverify9' }).click()
    await page
      .getByRole('dialog', { name: /Remove adverify9/ })
      .getByRole('button', { name: 'Remove adverify9' })
      .click()
    await expect(page.getByText('Could not remove adverify9')).toBeVisible()
    await expect(drawer.getByRole('row', { name: /^adverify9/ })).toBeVisible()
    expect(await boundTo(harness, 1)).toEqual(['adverify9'])
  })
})
