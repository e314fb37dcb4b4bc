import { within } from '@testing-library/dom'
import { beforeEach, describe, expect, it } from 'vitest'
import { showLaunchFailure, showLaunchScreen } from './launch-screen'

const now = Date.parse('2026-12-01T12:00:00Z')
const balance = (remainingBytes: number, minutesAgo: number) => ({
  value: { remainingBytes, expiresOn: '2027-01-10' },
  fetchedAt: new Date(now - minutesAgo * 60_000).toISOString(),
})

let root: HTMLElement
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>'
  root = document.getElementById('root') as HTMLElement
})

describe('the launch screen', () => {
  it('shows the kept balance as a named region, in the one traffic format, with its age', () => {
    showLaunchScreen(root, 'en', balance(37.4 * 1024 ** 3, 3), now)
    const card = within(root).getByRole('region', { name: 'Traffic remaining' })
    expect(card.textContent).toContain('37.40 GB')
    expect(card.textContent).toContain('Last fetched 3 min ago')
    expect(root.textContent).toContain('Starting Thordata Desktop…')
  })

  it('speaks Chinese with the Chinese catalog, plurals and all', () => {
    showLaunchScreen(root, 'zh-CN', balance(512 * 1024 ** 2, 60 * 25), now)
    const card = within(root).getByRole('region', { name: '剩余流量' })
    expect(card.textContent).toContain('512.0 MB')
    expect(card.textContent).toMatch(/1\s*天前/)
  })

  it('uses the singular and plural forms of English', () => {
    showLaunchScreen(root, 'en', balance(1, 60), now)
    expect(root.textContent).toContain('1 hour ago')
    showLaunchScreen(root, 'en', balance(1, 120), now)
    expect(root.textContent).toContain('2 hours ago')
  })

  it('without a kept figure shows only the mark and "Starting…", and each draw replaces the last', () => {
    showLaunchScreen(root, 'en', balance(1, 0), now)
    showLaunchScreen(root, 'en', undefined, now)
    expect(within(root).queryByRole('region')).toBeNull()
    expect(root.querySelectorAll('.launch')).toHaveLength(1)
  })

  it('says the app could not start when its code did not load', () => {
    showLaunchScreen(root, 'en', undefined, now)
    showLaunchFailure(root, 'en')
    expect(root.textContent).toContain('Thordata Desktop could not start')
    expect(root.querySelector('[aria-busy]')).toBeNull()
  })
})
