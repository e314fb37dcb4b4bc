import { switchLanguage } from '@renderer/lib/i18n'
import { renderView } from '@renderer/test-utils/render'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DateRangePicker } from './DateRangePicker'
import { DateTimeRangePicker } from './DateTimeRangePicker'

afterEach(async () => {
  await switchLanguage('en')
})

const today = '2026-12-01'

describe('DateRangePicker', () => {
  it('offers only presets within the API limit, in the current language', async () => {
    const onChange = vi.fn()
    const { user } = renderView(
      <DateRangePicker
        aria-label="Usage period"
        value={{ from: '2026-11-02', to: today }}
        onChange={onChange}
        limits={{ maxSpanDays: 180 }}
        presets={[7, 30, 365]}
        today={today}
      />,
    )
    await user.click(screen.getByRole('button', { name: /^Usage period Nov 2, 2026 – Dec 1, 2026$/ }))
    expect(screen.getByRole('button', { name: 'Last 7 days' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Last 365 days' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: 'Next month' }).length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }))
    expect(onChange).toHaveBeenCalledWith({ from: '2026-11-25', to: today })
  })

  it('speaks Chinese after a switch', async () => {
    await switchLanguage('zh-CN')
    const { user } = renderView(
      <DateRangePicker
        aria-label="period"
        value={{ from: '2026-11-02', to: today }}
        onChange={() => {}}
        limits={{ maxSpanDays: 180 }}
        today={today}
      />,
    )
    const input = screen.getByRole('button', { name: /^period / })
    expect(input).toHaveTextContent('2026年11月2日')
    await user.click(input)
    expect(screen.getByRole('button', { name: '最近 30 天' })).toBeInTheDocument()
    expect(screen.getByText('十一月 2026')).toBeInTheDocument()
  })
})

describe('DateTimeRangePicker', () => {
  it('shows the current range and says why a range that is too long is refused', () => {
    renderView(
      <DateTimeRangePicker
        aria-label="Window"
        value={{ from: '2026-11-01 00:00:00', to: '2026-11-09 00:00:00' }}
        onChange={() => {}}
        limits={{ maxSpanDays: 7 }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Window' })).toHaveTextContent('Nov 1, 2026 00:00')
    expect(screen.getByText('Pick at most 7 days')).toBeInTheDocument()
  })
})
