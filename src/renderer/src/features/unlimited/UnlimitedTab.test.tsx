import { appError } from '@shared/errors'
import { fail } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Providers } from '../../app/providers'
import { renderView } from '../../test-utils/render'
import { giveTableAViewport } from '../proxy-users/fixtures'
import { FIXED_NOW, frankfurt, siliconValley, singapore, unlimitedBridge } from './servers.fixture'
import UnlimitedTab from './UnlimitedTab'

vi.mock('@mantine/charts', async () => {
  const mock = await import('../../test-utils/chartsMock')
  return { ...mock, LineChart: mock.BarChart }
})

giveTableAViewport()

const table = () => screen.findByRole('table', { name: 'Unlimited servers' })
const row = (planName: string) => screen.getByRole('row', { name: new RegExp(`^${planName.replaceAll('.', '\\.')}`) })
const hosts = () =>
  within(screen.getByRole('table', { name: 'Unlimited servers' }))
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-row-index'))
    .map((r) => within(r).getAllByRole('cell')[0].textContent)

/** Re-read every 20 ms; the timeout test gives up after 300 ms, the others never in a test's time. */
const fast = { pollMs: 20, timeoutMs: 60_000 }
const impatient = { pollMs: 20, timeoutMs: 300 }

describe('Unlimited servers: the list', () => {
  it('lists every server, soonest expiry first, with status, expiry and what the list did not send', async () => {
    renderView(<UnlimitedTab />, unlimitedBridge())
    await table()
    expect(hosts()).toEqual([singapore.planName, frankfurt.planName, siliconValley.planName])
    expect(within(row(siliconValley.planName)).getByText('Running')).toBeInTheDocument()
    expect(within(row(singapore.planName)).getAllByText('Expired').length).toBeGreaterThan(0)
    expect(within(row(frankfurt.planName)).getByText('Not sent')).toBeInTheDocument()
    expect(within(row(siliconValley.planName)).getByText('na-siliconvalley')).toBeInTheDocument()
    expect(within(row(siliconValley.planName)).getByText('16vCPU 32GiB')).toBeInTheDocument()
    expect(within(row(siliconValley.planName)).getByText('500Mbps')).toBeInTheDocument()
    expect(within(row(siliconValley.planName)).getByText('Thor000111')).toBeInTheDocument()
    expect(within(row(siliconValley.planName)).getByText('ins-000111')).toBeInTheDocument()
  })

  it('puts a server without an expiry last, and sorts bandwidth by speed (1 Gbps is the fastest)', async () => {
    const gigabit = { ...siliconValley, planName: 'giga0001.proxy.thordata.net', insId: 'ins-g', bandwidth: '1Gbps' }
    gigabit.expiresAt = '2026-05-01T00:00:00.000Z'
    const undated = { ...frankfurt, planName: 'nodate01.proxy.thordata.net', insId: 'ins-n', expiresAt: null }
    const { user } = renderView(<UnlimitedTab />, unlimitedBridge([undated, gigabit, siliconValley, singapore]))
    await table()
    expect(hosts()).toEqual([singapore.planName, siliconValley.planName, gigabit.planName, undated.planName])
    await user.click(screen.getByRole('button', { name: 'Bandwidth' }))
    // 200, 300, 500 Mbps, then 1 Gbps.
    expect(hosts()).toEqual([singapore.planName, undated.planName, siliconValley.planName, gigabit.planName])
  })

  it('says so when there are no servers', async () => {
    renderView(<UnlimitedTab />, unlimitedBridge([]))
    expect(await screen.findByText('No unlimited servers')).toBeInTheDocument()
  })
})

describe('Unlimited servers: restart', () => {
  it('asks first, sends one restart, shows "Restarting" and says when the server is back', async () => {
    const fake = unlimitedBridge()
    const { user } = renderView(<UnlimitedTab restartFollow={fast} />, fake)
    await table()

    await user.click(screen.getByRole('button', { name: `Restart ${siliconValley.planName}` }))
    const dialog = await screen.findByRole('dialog', { name: `Restart ${siliconValley.planName}?` })
    expect(within(dialog).getByText(/Connections through this server drop/)).toBeInTheDocument()
    expect(fake.callsTo('unlimited.restart')).toEqual([])
    await user.click(within(dialog).getByRole('button', { name: 'Restart server' }))

    expect(await screen.findByText(`Restart of ${siliconValley.planName} requested.`)).toBeInTheDocument()
    expect(fake.callsTo('unlimited.restart')).toEqual([{ planName: siliconValley.planName }])
    await waitFor(() => expect(within(row(siliconValley.planName)).getByText('Restarting')).toBeInTheDocument())

    // The list is read again while it restarts; once Thordata says it is on, the row and a toast say so.
    const reads = fake.callsTo('unlimited.servers').length
    await waitFor(() => expect(fake.callsTo('unlimited.servers').length).toBeGreaterThan(reads + 1))
    fake.finishRestart(siliconValley.planName)
    expect(await screen.findByText(`${siliconValley.planName} is running again.`)).toBeInTheDocument()
    expect(within(row(siliconValley.planName)).getByText('Running')).toBeInTheDocument()
    // Polling stops once nothing is followed.
    const after = fake.callsTo('unlimited.servers').length
    await new Promise((done) => setTimeout(done, 100))
    expect(fake.callsTo('unlimited.servers').length).toBe(after)
  })

  it('says what to do when the server has not come back by the timeout', async () => {
    const fake = unlimitedBridge()
    const { user } = renderView(<UnlimitedTab restartFollow={impatient} />, fake)
    await table()
    await user.click(screen.getByRole('button', { name: `Restart ${frankfurt.planName}` }))
    await user.click(await screen.findByRole('button', { name: 'Restart server' }))

    const title = await screen.findByText(`${frankfurt.planName} has not come back yet`, {}, { timeout: 2000 })
    const alert = title.closest<HTMLElement>('[role="alert"]')
    if (!alert) throw new Error('the notice is not an alert')
    expect(alert).toHaveTextContent(/Press Refresh in a few minutes/)
    // The follow has ended: the list is no longer re-read every few seconds.
    const reads = fake.callsTo('unlimited.servers').length
    await new Promise((done) => setTimeout(done, 100))
    expect(fake.callsTo('unlimited.servers').length).toBe(reads)
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(`${frankfurt.planName} has not come back yet`)).not.toBeInTheDocument()
  })

  it('keeps the dialog open with Thordata’s reason when the restart is refused, and the row stays as it was', async () => {
    const fake = unlimitedBridge()
    fake.respond('unlimited.restart', () =>
      fail(appError('validation', 'This server has expired; renew it first.', { code: 121 })),
    )
    const { user } = renderView(<UnlimitedTab restartFollow={fast} />, fake)
    await table()
    await user.click(screen.getByRole('button', { name: `Restart ${singapore.planName}` }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(/Thordata reports this server as “Expired”/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Restart server' }))
    expect(await within(dialog).findByText('This server has expired; renew it first.')).toBeInTheDocument()
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(fake.callsTo('unlimited.restart')).toHaveLength(1)
    expect(within(row(singapore.planName)).queryByText('Restarting')).not.toBeInTheDocument()
  })
})

describe('Unlimited servers: a restart followed outside the tab, on a clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  async function restartThenLeave(planName: string) {
    const fake = unlimitedBridge()
    const view = renderView(<UnlimitedTab />, fake)
    const tab = (shown: boolean) =>
      view.rerender(
        <Providers queryClient={view.queryClient} env="test">
          {shown ? <UnlimitedTab /> : null}
        </Providers>,
      )
    await table()
    await view.user.click(screen.getByRole('button', { name: `Restart ${planName}` }))
    await view.user.click(await screen.findByRole('button', { name: 'Restart server' }))
    await waitFor(() => expect(fake.callsTo('unlimited.restart')).toHaveLength(1))
    tab(false)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    return { fake, tab }
  }

  it('keeps following after the user leaves the tab: back on it, the server coming up is announced', async () => {
    const { fake, tab } = await restartThenLeave(siliconValley.planName)
    await vi.advanceTimersByTimeAsync(30_000)
    tab(true)
    await table()
    fake.finishRestart(siliconValley.planName)
    await vi.advanceTimersByTimeAsync(3_000)
    expect(await screen.findByText(`${siliconValley.planName} is running again.`)).toBeInTheDocument()
  })

  it('times out on its timer while the list cannot be read, and stops re-reading it', async () => {
    const { fake, tab } = await restartThenLeave(frankfurt.planName)
    fake.respond('unlimited.servers', () => fail(appError('network', 'Thordata did not answer within 30 s.')))
    tab(true)
    await table()
    await vi.advanceTimersByTimeAsync(3 * 60_000)
    const title = await screen.findByText(`${frankfurt.planName} has not come back yet`)
    expect(title.closest('[role="alert"]')).toHaveTextContent(/Press Refresh in a few minutes/)
    expect(within(row(frankfurt.planName)).getByText('Restarting')).toBeInTheDocument()
    const reads = fake.callsTo('unlimited.servers').length
    await vi.advanceTimersByTimeAsync(30_000)
    expect(fake.callsTo('unlimited.servers').length).toBeLessThanOrEqual(reads + 3)
  })
})

describe('Unlimited servers: monitor', () => {
  it('charts the five metrics for the last 24 hours at 5 min, region sent, units stated as inferred', async () => {
    const fake = unlimitedBridge()
    const { user } = renderView(<UnlimitedTab monitorNow={() => FIXED_NOW} />, fake)
    await table()
    await user.click(screen.getByRole('button', { name: `Monitor ${siliconValley.planName}` }))

    for (const metric of ['CPU', 'Memory', 'TCP connections', 'WAN in', 'WAN out']) {
      expect(await screen.findByRole('figure', { name: `${metric} of ${siliconValley.planName}` })).toBeInTheDocument()
    }
    expect(fake.callsTo('unlimited.monitor')).toEqual([
      {
        insId: siliconValley.insId,
        region: 'na-siliconvalley',
        from: '2026-03-09T12:30:00.000Z',
        to: '2026-03-10T12:30:00.000Z',
        period: 300,
      },
    ])
    expect(screen.getByText(/Thordata does not state the units/)).toBeInTheDocument()
    expect(screen.getAllByText('(%, inferred)')).toHaveLength(2)
    expect(screen.getAllByText('(Mbps, inferred)')).toHaveLength(2)
    // WAN out peaked at 9.5 and ended at 0.4.
    expect(screen.getByText('Latest 0.40 Mbps · Peak 9.50 Mbps')).toBeInTheDocument()
  })

  it('asks again for each period, and a longer window drops periods that give too many points', async () => {
    const fake = unlimitedBridge()
    const { user } = renderView(<UnlimitedTab monitorNow={() => FIXED_NOW} />, fake)
    await table()
    await user.click(screen.getByRole('button', { name: `Monitor ${siliconValley.planName}` }))
    await screen.findByRole('figure', { name: `CPU of ${siliconValley.planName}` })

    await user.click(screen.getByRole('radio', { name: '1 min' }))
    await user.click(screen.getByRole('radio', { name: '1 hour' }))
    await user.click(screen.getAllByLabelText('Window')[0])
    await user.click(await screen.findByRole('option', { name: 'Last 7 days' }))
    await user.click(screen.getByRole('radio', { name: '1 day' }))
    await waitFor(() => expect(fake.callsTo('unlimited.monitor')).toHaveLength(5))
    const calls = fake.callsTo('unlimited.monitor')
    expect(calls.map((c) => c.period)).toEqual([300, 60, 3600, 3600, 86400])
    expect(calls[3].from).toBe('2026-03-03T12:30:00.000Z')
    expect(screen.getByRole('radio', { name: '1 min' })).toBeDisabled()
    expect(screen.getByRole('radio', { name: '5 min' })).toBeDisabled()
  })

  it('asks without a region for a server whose list row has none, and says why', async () => {
    const fake = unlimitedBridge()
    const { user } = renderView(<UnlimitedTab monitorNow={() => FIXED_NOW} />, fake)
    await table()
    await user.click(screen.getByRole('button', { name: `Monitor ${frankfurt.planName}` }))
    await screen.findByRole('figure', { name: `CPU of ${frankfurt.planName}` })
    const [call] = fake.callsTo('unlimited.monitor')
    expect(call).not.toHaveProperty('region')
    expect(call.insId).toBe(frankfurt.insId)
    expect(screen.getByText(/sends no region for this server/)).toBeInTheDocument()
  })
})
