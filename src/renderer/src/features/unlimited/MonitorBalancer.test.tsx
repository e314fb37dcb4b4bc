import type { BalancerMonitor } from '@shared/domain/unlimited'
import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderView } from '../../test-utils/render'
import { giveTableAViewport } from '../proxy-users/fixtures'
import { FIXED_NOW, frankfurt, series, siliconValley, unlimitedBridge } from './servers.fixture'
import UnlimitedTab from './UnlimitedTab'

vi.mock('@mantine/charts', async () => {
  const mock = await import('../../test-utils/chartsMock')
  return { ...mock, LineChart: mock.BarChart }
})

giveTableAViewport()

const balancer = (period = 300): BalancerMonitor => ({
  series: [
    // Sent before the known ones: the known ones still come first.
    { name: 'backend_out_traffic', points: series(12, period, () => 1.25) },
    { name: 'client_in_traffic', points: series(12, period, (i) => (i === 5 ? 42.5 : 6.1)) },
    { name: 'client_connection_count', points: series(12, period, (i) => 20 + i) },
  ],
})

async function openBalancer(planName = siliconValley.planName, answer = () => ok(balancer())) {
  const fake = unlimitedBridge()
  fake.respond('unlimited.balancingMonitor', answer)
  const view = renderView(<UnlimitedTab monitorNow={() => FIXED_NOW} />, fake)
  await screen.findByRole('table', { name: 'Unlimited servers' })
  await view.user.click(screen.getByRole('button', { name: `Monitor ${planName}` }))
  await screen.findByRole('figure', { name: `CPU of ${planName}` })
  await view.user.click(screen.getByRole('radio', { name: 'Load balancer' }))
  return { ...view, fake }
}

describe('Unlimited servers: the load-balancer view of the monitor', () => {
  it('asks for the same window and period, and charts every series with its unit stated as inferred', async () => {
    const { fake } = await openBalancer()
    const name = siliconValley.planName
    const figures = ['Client connections', 'Client traffic in', 'backend_out_traffic']
    for (const metric of figures) {
      expect(await screen.findByRole('figure', { name: `${metric} of ${name}` })).toBeInTheDocument()
    }
    expect(fake.callsTo('unlimited.balancingMonitor')).toEqual(fake.callsTo('unlimited.monitor'))
    expect(fake.callsTo('unlimited.balancingMonitor')[0]).toMatchObject({ region: 'na-siliconvalley', period: 300 })
    // Known series first, then the one this app has no label for, under Thordata's own name.
    const charts = within(screen.getByRole('dialog')).getAllByRole('region', { name: (n) => figures.includes(n) })
    expect(charts.map((r) => r.getAttribute('aria-label'))).toEqual(figures)
    expect(screen.getByText('(connections, inferred)')).toBeInTheDocument()
    expect(screen.getByText('(Mbps, inferred)')).toBeInTheDocument()
    expect(screen.getByText('(unit not stated)')).toBeInTheDocument()
    expect(screen.getByText(/without a unit/)).toBeInTheDocument()
    expect(screen.getByText('Latest 6.10 Mbps · Peak 42.50 Mbps')).toBeInTheDocument()
    expect(screen.getByText('Latest 1.25 · Peak 1.25')).toBeInTheDocument()
    expect(screen.getByText(/documents only two of its series/)).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: `CPU of ${name}` })).not.toBeInTheDocument()
  })

  it('asks again when the period changes, and back on the server view shows its charts', async () => {
    const { fake, user } = await openBalancer()
    await screen.findByRole('figure', { name: `Client connections of ${siliconValley.planName}` })
    await user.click(screen.getByRole('radio', { name: '1 min' }))
    await waitFor(() => expect(fake.callsTo('unlimited.balancingMonitor')).toHaveLength(2))
    expect(fake.callsTo('unlimited.balancingMonitor')[1].period).toBe(60)
    await user.click(screen.getByRole('radio', { name: 'Server' }))
    expect(await screen.findByRole('figure', { name: `CPU of ${siliconValley.planName}` })).toBeInTheDocument()
    expect(fake.callsTo('unlimited.monitor').at(-1)?.period).toBe(60)
  })

  it('asks without a region when the list row has none', async () => {
    const { fake } = await openBalancer(frankfurt.planName)
    await screen.findByRole('figure', { name: `Client connections of ${frankfurt.planName}` })
    expect(fake.callsTo('unlimited.balancingMonitor')[0]).not.toHaveProperty('region')
  })

  it('says so when Thordata sends no series for the window', async () => {
    await openBalancer(siliconValley.planName, () => ok({ series: [] }))
    expect(await screen.findByText('Thordata sent no load-balancer data for this window.')).toBeInTheDocument()
  })

  it('a refusal says why and offers to try again', async () => {
    let refuse = true
    const { user } = await openBalancer(siliconValley.planName, () =>
      refuse ? fail(appError('rate-limit', 'Thordata is busy; wait a moment.', { code: 10011 })) : ok(balancer()),
    )
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Thordata is busy; wait a moment.')).toBeInTheDocument()
    refuse = false
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('figure', { name: `Client connections of ${siliconValley.planName}` }),
    ).toBeInTheDocument()
  })
})
