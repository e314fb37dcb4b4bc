import type { Preset } from '@shared/domain/presets'
import { defaultSettings } from '@shared/domain/settings'
import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFakeBridge, demoSession } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import EndpointsTab from './EndpointsTab'

const users = {
  quota: { limit: 10, remainingLimit: 8, userCount: 2 },
  users: [
    { username: 'shop01', password: 'Secret99x', enabled: true, trafficLimitBytes: 0, usedBytes: 0, createdOn: null },
    {
      username: 'qatesting',
      password: 'Other12y',
      enabled: false,
      trafficLimitBytes: 0,
      usedBytes: 0,
      createdOn: null,
    },
  ],
}

function setup() {
  const fake = createFakeBridge({ session: demoSession })
  // Names only: the tab never asks for the list that carries passwords.
  fake.respond('proxyUsers.names', () => ok(users.users.map(({ username, enabled }) => ({ username, enabled }))))
  fake.respond('locations.countries', () => ok([{ code: 'DE', name: 'Germany' }]))
  fake.respond('endpoints.copy', () => ok(undefined))
  return fake
}

async function chooseUser(user: ReturnType<typeof renderView>['user']) {
  await user.click(await screen.findByRole('combobox', { name: 'Proxy user' }))
  await user.click(await screen.findByRole('option', { name: 'shop01' }))
}

describe('Endpoints tab', () => {
  it('previews each format with the password masked and copies through main, saying Copied after the write', async () => {
    const fake = setup()
    let finish: (() => void) | undefined
    fake.respond('endpoints.copy', () => new Promise((resolve) => (finish = () => resolve(ok(undefined)))))
    const { user } = renderView(<EndpointsTab />, fake)
    expect(await screen.findByText('Choose a proxy user to see the endpoint.')).toBeInTheDocument()
    await chooseUser(user)

    expect(screen.getByTestId('endpoint-hostPortUserPass')).toHaveTextContent(
      'pr.thordata.net:9999:td-customer-shop01:********',
    )
    expect(screen.getByTestId('endpoint-url')).toHaveTextContent(
      'http://td-customer-shop01:********@pr.thordata.net:9999',
    )
    expect(document.body).not.toHaveTextContent('Secret99x')

    await user.click(screen.getByRole('button', { name: 'Copy the Proxy URL' }))
    expect(fake.callsTo('endpoints.copy')).toEqual([
      { endpoint: { product: 'residential', username: 'shop01', protocol: 'http' }, format: 'url' },
    ])
    // Not before main answered.
    expect(screen.queryByRole('button', { name: 'Copied: Proxy URL' })).not.toBeInTheDocument()
    finish?.()
    expect(await screen.findByRole('button', { name: 'Copied: Proxy URL' })).toBeInTheDocument()
  })

  it('says a failed copy failed, and never Copied', async () => {
    const fake = setup()
    fake.respond('endpoints.copy', () => fail(appError('server', 'The clipboard could not be written.')))
    const { user } = renderView(<EndpointsTab />, fake)
    await chooseUser(user)
    await user.click(screen.getByRole('button', { name: 'Copy the curl command' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not copy')
    expect(alert).toHaveTextContent('The clipboard could not be written.')
    expect(screen.queryByText('Copied')).not.toBeInTheDocument()
  })

  it('reveals the password main sends back only for the endpoint it was asked for', async () => {
    const fake = setup()
    fake.respond('endpoints.reveal', () =>
      ok({
        hostPortUserPass: 'pr.thordata.net:9999:td-customer-shop01:Secret99x',
        url: 'http://td-customer-shop01:Secret99x@pr.thordata.net:9999',
        curl: 'curl -x "http://td-customer-shop01:Secret99x@pr.thordata.net:9999" "https://ipinfo.io/json"',
      }),
    )
    const { user } = renderView(<EndpointsTab />, fake)
    await chooseUser(user)
    await user.click(screen.getByRole('button', { name: 'Show password' }))
    expect(await screen.findByTestId('endpoint-url')).toHaveTextContent(
      'http://td-customer-shop01:Secret99x@pr.thordata.net:9999',
    )
    await user.type(screen.getByRole('textbox', { name: 'Session id' }), 'abc')
    expect(screen.getByTestId('endpoint-url')).toHaveTextContent(
      'http://td-customer-shop01-sessid-abc:********@pr.thordata.net:9999',
    )
  })

  it('lists disabled users as such, and shows the demo note', async () => {
    const { user } = renderView(<EndpointsTab />, setup())
    await user.click(await screen.findByRole('combobox', { name: 'Proxy user' }))
    expect(await screen.findByRole('option', { name: 'qatesting (disabled)' })).toBeInTheDocument()
    expect(screen.getByText(/Demo: the endpoint names Thordata's real gateway/)).toBeInTheDocument()
  })

  it('points to Proxy users when the product has none', async () => {
    const fake = setup()
    fake.respond('proxyUsers.names', () => ok([]))
    renderView(<EndpointsTab />, fake)
    expect(
      await screen.findByText(
        /There are no Residential proxy users yet\. Create one in Proxy users to build an endpoint\./,
      ),
    ).toBeInTheDocument()
  })

  it('manages endpoint presets on the tab, and the picker names the preset the form was loaded from', async () => {
    const presets: Preset[] = [
      {
        id: 'p1',
        name: 'US ten',
        kind: 'extract',
        input: { product: 'residential', session: 'rotating', count: 10, country: 'US' },
      },
      {
        id: 'p2',
        name: 'DE shop',
        kind: 'endpoint',
        input: { product: 'residential', username: 'shop01', protocol: 'http', country: 'DE' },
        format: 'url',
      },
    ]
    const fake = setup()
    fake.respond('settings.get', () => ok({ ...defaultSettings, presets, defaultPresetId: null }))
    fake.respond('presets.delete', () => ok({ ...defaultSettings, presets: [presets[0]] }))
    const { user } = renderView(<EndpointsTab />, fake)
    const list = await screen.findByRole('list', { name: 'Presets' })
    // Only the endpoint presets: extract ones belong to the Extract links tab.
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByRole('combobox', { name: 'Start from a preset' })).toHaveValue('')

    await user.click(screen.getByRole('button', { name: 'Use the preset “DE shop”' }))
    expect(screen.getByTestId('endpoint-url')).toHaveTextContent('td-customer-shop01-country-de:********')
    expect(screen.getByRole('combobox', { name: 'Start from a preset' })).toHaveValue('DE shop')

    await user.click(screen.getByRole('button', { name: 'More for the preset “DE shop”' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    await user.click(await screen.findByRole('button', { name: 'Delete preset' }))
    await waitFor(() => expect(fake.callsTo('presets.delete')).toEqual([{ id: 'p2' }]))
  })

  it('has no "Updated · Refresh" in the header: the tab shows no account figures to refresh', async () => {
    renderView(<EndpointsTab />, setup())
    await screen.findByRole('combobox', { name: 'Proxy user' })
    expect(screen.queryByRole('button', { name: /Refresh/ })).not.toBeInTheDocument()
    expect(screen.queryByText(/Updated/)).not.toBeInTheDocument()
  })
})
