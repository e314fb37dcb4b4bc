import { describe, expect, it } from 'vitest'
import { actionsWidth, columnWidth, fitColumns, TOGGLE_WIDTH } from './layout'
import type { Column } from './types'

const col = (id: string, priority: number, width: number, flexible = false): Column<unknown> => ({
  id,
  header: id,
  priority,
  cell: () => id,
  ...(flexible ? { minWidth: width } : { width }),
})

// The Proxy users table as it is today.
const users = [
  col('username', 1, 160, true),
  col('password', 2, 210),
  col('status', 3, 110),
  col('limit', 4, 120),
  col('used', 3, 130),
  col('created', 5, 130),
]

describe('fitColumns', () => {
  it('keeps the key column and every action within 660 px (a 900 px window)', () => {
    const layout = fitColumns(users, 3, 660)
    expect(layout.visible.map((c) => c.id)).toContain('username')
    expect(layout.actionsAsMenu).toBe(false)
    const used =
      layout.visible.reduce((sum, c) => sum + columnWidth(c as Column<never>), 0) + layout.actionsWidth + TOGGLE_WIDTH
    expect(used).toBeLessThanOrEqual(660)
    expect(layout.hidden.map((c) => c.id)).toEqual(expect.arrayContaining(['limit', 'created']))
  })

  it('hides the highest priority numbers first, keeping column order', () => {
    const layout = fitColumns(users, 3, 160 + 210 + 110 + 130 + actionsWidth(3) + TOGGLE_WIDTH)
    expect(layout.visible.map((c) => c.id)).toEqual(['username', 'password', 'status', 'used'])
    expect(layout.hidden.map((c) => c.id)).toEqual(['limit', 'created'])
  })

  it('shows everything when it fits, or before the width is known', () => {
    expect(fitColumns(users, 3, 2000).hidden).toEqual([])
    expect(fitColumns(users, 3, 0).hidden).toEqual([])
  })

  it('falls back to one menu button when the icons do not fit beside the key column', () => {
    const layout = fitColumns(users, 3, 240)
    expect(layout.visible.map((c) => c.id)).toEqual(['username'])
    expect(layout.actionsAsMenu).toBe(true)
    expect(layout.actionsWidth).toBe(actionsWidth(1))
  })
})
