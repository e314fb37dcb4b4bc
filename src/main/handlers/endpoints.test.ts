import { beforeEach, describe, expect, it } from 'vitest'
import { endpointDeps } from '../endpoints/deps'
import { createHandedOut } from '../proxy-test/handed-out'
import type { Simulator } from '../simulator'
import { rejection } from '../thordata/testing/client'
import { simClientFromSettingsPerTest } from '../thordata/testing/sim-client'
import { endpointHandlers } from './endpoints'

const setup = simClientFromSettingsPerTest()
let sim: Simulator
let clipboard: string[]
let failWrite: boolean
let handlers: ReturnType<typeof endpointHandlers>
let password: string

beforeEach(async () => {
  const started = await setup()
  sim = started.sim
  clipboard = []
  failWrite = false
  password = sim.state.proxyUsers[1].find((u) => u.username === 'seoteam')?.password ?? ''
  const endpoints = endpointDeps(started.client, () => 'https://ipinfo.io/json')
  handlers = endpointHandlers({
    endpoints,
    clipboard: {
      writeText: (text) => {
        if (failWrite) throw new Error('clipboard busy')
        clipboard.push(text)
      },
    },
    proxyTest: {
      endpoints,
      echoUrl: () => 'https://ipinfo.io/json',
      simulator: () => ({ host: '127.0.0.1', ports: sim.proxy.ports, ipEchoUrl: sim.ipEchoUrl }),
      handedOut: createHandedOut(),
    },
  })
})

const endpoint = { product: 'residential' as const, username: 'seoteam', protocol: 'http' as const, country: 'gb' }

describe('endpoints.copy', () => {
  it('writes each format with the password main looked up', async () => {
    await handlers['endpoints.copy']({ endpoint, format: 'hostPortUserPass' })
    await handlers['endpoints.copy']({ endpoint, format: 'url' })
    await handlers['endpoints.copy']({ endpoint, format: 'curl' })
    const user = 'td-customer-seoteam-country-gb'
    expect(clipboard).toEqual([
      `pr.thordata.net:9999:${user}:${password}`,
      `http://${user}:${password}@pr.thordata.net:9999`,
      `curl -x "http://${user}:${password}@pr.thordata.net:9999" "https://ipinfo.io/json"`,
    ])
  })

  it('copies nothing when the user is gone, and says so on the user field', async () => {
    const error = await rejection(
      handlers['endpoints.copy']({ endpoint: { ...endpoint, username: 'nobody99' }, format: 'url' }),
    )
    expect(error).toMatchObject({ kind: 'not-found', field: 'username' })
    expect(error.message).toMatch(/no proxy user nobody99/)
    expect(clipboard).toEqual([])
  })

  it('fails when the clipboard write fails (so the window never says Copied)', async () => {
    failWrite = true
    await expect(handlers['endpoints.copy']({ endpoint, format: 'url' })).rejects.toThrow()
  })
})

describe('endpoints.reveal and proxy.test', () => {
  it('reveals the text with the password only when asked', async () => {
    const user = 'td-customer-seoteam-country-gb'
    expect(await handlers['endpoints.reveal']({ endpoint })).toEqual({
      hostPortUserPass: `pr.thordata.net:9999:${user}:${password}`,
      url: `http://${user}:${password}@pr.thordata.net:9999`,
      curl: `curl -x "http://${user}:${password}@pr.thordata.net:9999" "https://ipinfo.io/json"`,
    })
  })

  it('tests the endpoint through the simulator and never returns the password', async () => {
    const result = await handlers['proxy.test']({ kind: 'endpoint', endpoint })
    expect(result).toMatchObject({ country: 'GB', simulated: true })
    expect(JSON.stringify(result)).not.toContain(password)
  })
})
