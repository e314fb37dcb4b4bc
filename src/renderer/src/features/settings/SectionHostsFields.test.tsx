import { defaultSettings } from '@shared/domain/settings'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { accountSession, createFakeBridge } from '../../test-utils/fakeBridge'
import { renderApp, renderView } from '../../test-utils/render'
import SettingsTab from './SettingsTab'

vi.mock('@mantine/charts', () => import('../../test-utils/chartsMock'))

describe('Settings: address per section', () => {
  it('shows the documented order (whitelist and CDK on api.) and saves a change for one section', async () => {
    const fake = createFakeBridge({ session: accountSession() })
    const { user } = renderView(<SettingsTab />, fake)
    const api = await screen.findByRole('region', { name: 'Advanced' })
    const field = (name: string) => within(api).getByRole('combobox', { name })
    await within(api).findByText('Address per section')
    const whitelist = field('Whitelist')
    expect(whitelist).toHaveValue('Fallback first (api.thordata.com)')
    expect(field('CDK codes')).toHaveValue('Fallback first (api.thordata.com)')
    expect(field('Locations')).toHaveValue('API base URL first (openapi.thordata.com)')

    await user.click(whitelist)
    await user.click(await screen.findByRole('option', { name: 'API base URL first (openapi.thordata.com)' }))
    await user.click(within(api).getByRole('button', { name: 'Save changes' }))
    await waitFor(() =>
      expect(fake.callsTo('settings.update')).toEqual([
        { sectionHosts: { ...defaultSettings.sectionHosts, whitelist: 'main' } },
      ]),
    )
  })
})

describe('connect form: characters a header cannot carry', () => {
  it('refuses a key with a non-Latin-1 character under the field, without calling main', async () => {
    const { user, fake } = renderApp()
    await user.type(await screen.findByLabelText(/API token/), 'tok-123')
    await user.type(screen.getByLabelText(/API key/), 'key-€-5678')
    await user.type(screen.getByLabelText(/Account name/), 'acme_data')
    await user.click(screen.getByRole('button', { name: 'Connect' }))
    expect(screen.getByLabelText(/API key/)).toHaveAccessibleDescription(
      expect.stringContaining('cannot be sent. Copy it again from Dashboard → My Account.'),
    )
    expect(fake.callsTo('session.connect')).toHaveLength(0)
  })
})
