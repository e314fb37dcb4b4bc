import type { ProxyUserHourlyUsage } from '@shared/domain/hourly-usage'
import { ok } from '@shared/ipc/result'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderView } from '../../test-utils/render'
import { proxyUsersBridge, shop01 } from './fixtures'
import { HourlyUsage } from './HourlyUsage'
import { UsageDrawer } from './UsageDrawer'

vi.mock('@mantine/charts', async () => {
  const mock = await import('../../test-utils/chartsMock')
  return { ...mock, LineChart: mock.BarChart }
})

const MB = 1024 ** 2
/** 14:20 local time on 1 Dec 2026. */
const NOW = new Date(2026, 11, 1, 14, 20).getTime()

function hourlyBridge() {
  const fake = proxyUsersBridge()
  fake.respond('proxyUsers.usage', ({ username, from, to }) =>
    ok({ from, to, username, totalUsedBytes: 0, remainingBytes: 0, rangeUsedBytes: 0, trafficLimitBytes: 0, days: [] }),
  )
  fake.respond('proxyUsers.usageHourly', ({ username, from, to }) =>
    ok<ProxyUserHourlyUsage>({
      username,
      from,
      to,
      rangeUsedBytes: 12 * MB,
      hours: [
        { hour: '2026-12-01 09', usedBytes: 4 * MB },
        { hour: '2026-12-01 10', usedBytes: 8 * MB },
      ],
    }),
  )
  return fake
}

describe('Usage drawer: hourly view', () => {
  it('switches from daily to hourly and asks for the last 24 hours by the hour', async () => {
    const fake = hourlyBridge()
    const { user } = renderView(
      <UsageDrawer opened product="residential" user={shop01} viewKey={1} onClose={() => {}} />,
      fake,
    )
    const drawer = await screen.findByRole('dialog', { name: 'Usage of shop01' })
    expect(within(drawer).getByRole('radio', { name: 'Daily' })).toBeChecked()
    expect(fake.callsTo('proxyUsers.usageHourly')).toHaveLength(0)

    await user.click(within(drawer).getByText('Hourly'))
    expect(await within(drawer).findByText('Used in these hours: 12.0 MB')).toBeInTheDocument()
    const [request] = fake.callsTo('proxyUsers.usageHourly')
    expect(request).toMatchObject({ product: 'residential', username: 'shop01' })
    expect(request.to.slice(0, 10) >= request.from.slice(0, 10)).toBe(true)
    expect(request.from).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}$/)
    expect(within(drawer).getByRole('button', { name: /^Hours/ })).toBeInTheDocument()
  })

  it('fills the hours Thordata left out with 0 on one axis unit, and ends on the running hour', async () => {
    const fake = hourlyBridge()
    renderView(<HourlyUsage product="residential" username="shop01" now={() => NOW} />, fake)
    const chart = await screen.findByRole('figure', { name: 'Hourly traffic of shop01' })
    const [request] = fake.callsTo('proxyUsers.usageHourly')
    expect(request).toMatchObject({ from: '2026-11-30 15', to: '2026-12-01 14' })
    const points = within(chart).getAllByRole('listitem')
    expect(points).toHaveLength(24)
    // One unit for the whole axis: the 0 hours read in MB like the busiest one.
    const texts = points.map((p) => p.textContent)
    expect(texts[0]).toBe('Nov 30, 15:00: 0 MB')
    expect(texts).toContain('Dec 1, 10:00: 8.0 MB')
    expect(texts).toContain('Dec 1, 08:00: 0 MB')
    expect(texts.at(-1)).toMatch(/^Dec 1, 14:00: /)
  })

  it('refuses a window over 180 days on the field, sending nothing, and asks for one within it', async () => {
    const fake = hourlyBridge()
    const { user } = renderView(<HourlyUsage product="residential" username="shop01" now={() => NOW} />, fake)
    await screen.findByRole('figure', { name: 'Hourly traffic of shop01' })
    await user.click(screen.getByRole('button', { name: /^Hours/ }))
    const months = async (name: string, times: number) => {
      for (let i = 0; i < times; i++) await user.click(screen.getByRole('button', { name }))
    }
    await months('Previous month', 7)
    await user.click(screen.getByRole('button', { name: '1 May 2026' }))
    await months('Next month', 7)
    await user.click(screen.getByRole('button', { name: '1 December 2026' }))
    expect(await screen.findByText('Pick at most 180 days')).toBeInTheDocument()
    expect(fake.callsTo('proxyUsers.usageHourly')).toHaveLength(1)

    // The calendar now shows November, with the first days of December after it.
    await user.click(screen.getByRole('button', { name: '1 November 2026' }))
    await user.click(screen.getByRole('button', { name: '1 December 2026' }))
    expect(screen.queryByText('Pick at most 180 days')).not.toBeInTheDocument()
    // Nov 1 15:00 up to Dec 1 00:00 (the end moment itself excluded): the last hour asked for is Nov 30 23.
    expect(fake.callsTo('proxyUsers.usageHourly').at(-1)).toMatchObject({ from: '2026-11-01 15', to: '2026-11-30 23' })
  })
})
