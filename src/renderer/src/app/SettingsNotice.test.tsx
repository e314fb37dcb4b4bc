import type { AppInfo } from '@shared/domain/app'
import { ok } from '@shared/ipc/result'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { accountSession, createFakeBridge, noSession, sampleInfo } from '../test-utils/fakeBridge'
import { renderApp } from '../test-utils/render'

vi.mock('@mantine/charts', () => import('../test-utils/chartsMock'))

const withNotice = (settingsNotice: AppInfo['settingsNotice'], session = accountSession()) =>
  createFakeBridge({ session, overrides: { 'app.info': () => ok({ ...sampleInfo, settingsNotice }) } })

describe('settings notice', () => {
  it('says the settings were reset and where the old file went, until dismissed', async () => {
    const movedTo = '/home/ada/.config/Thordata Desktop/settings.broken-2026-12-01T14-24-04Z.json'
    const { user } = renderApp(withNotice({ kind: 'moved-aside', movedTo }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your settings were reset')
    expect(alert).toHaveTextContent(`started with default settings. The old file was kept as:${movedTo}`)
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(await screen.findByRole('heading', { name: 'Account', level: 1 })).toBeInTheDocument()
  })

  it('shows on the onboarding screen too (a reset file often means signed out)', async () => {
    renderApp(withNotice({ kind: 'moved-aside', movedTo: '/tmp/settings.broken.json' }, noSession))
    expect(await screen.findByRole('button', { name: 'Explore demo' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Your settings were reset')
  })

  it('explains read-only settings written by a newer version', async () => {
    renderApp(withNotice({ kind: 'newer-version', version: 3 }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Settings are read-only')
    expect(alert).toHaveTextContent('written by a newer Thordata Desktop (settings version 3)')
    expect(alert).toHaveTextContent('Update the app to change your settings.')
  })

  it('gives the reason when settings cannot be saved at all', async () => {
    renderApp(withNotice({ kind: 'unwritable', reason: '/x/settings.json could not be moved aside (EPERM)' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'will not save changes: /x/settings.json could not be moved aside (EPERM). Move or delete that file',
    )
  })

  it('says nothing when the file loaded normally', async () => {
    const { fake } = renderApp(createFakeBridge({ session: accountSession() }))
    expect(await screen.findByRole('heading', { name: 'Account' })).toBeInTheDocument()
    await waitFor(() => expect(fake.callsTo('app.info').length).toBeGreaterThan(0))
    expect(screen.queryByTestId('settings-notice')).not.toBeInTheDocument()
  })
})
