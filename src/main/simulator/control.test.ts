import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS, type Simulator, startSimulator } from './index'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** A raw request, so Host and Origin are exactly what a non-browser client chooses to send. */
function raw(url: string, method: string, headers: Record<string, string>, body = ''): Promise<number> {
  return new Promise((done, reject) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume()
      res.on('end', () => done(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('/__control', () => {
  it('is not served unless the simulator is started with control: true', async () => {
    sim = await startSimulator()
    expect((await fetch(`${sim.origin}/__control/state`)).status).toBe(404)
    expect((await fetch(`${sim.origin}/__control/reset`, { method: 'POST' })).status).toBe(404)
  })

  it('answers a local tool addressing it by its own loopback name', async () => {
    sim = await startSimulator({ control: true })
    const port = new URL(sim.origin).port
    expect(await raw(`${sim.origin}/__control/state`, 'GET', { host: `127.0.0.1:${port}` })).toBe(200)
    expect(await raw(`${sim.origin}/__control/state`, 'GET', { host: `localhost:${port}` })).toBe(200)
    expect(await raw(`${sim.origin}/__control/state`, 'GET', { host: `127.0.0.1:${port}`, origin: sim.origin })).toBe(
      200,
    )
  })

  it('refuses another host name (DNS rebinding) and any other page origin, and changes nothing', async () => {
    sim = await startSimulator({ control: true })
    const port = new URL(sim.origin).port
    const before = JSON.stringify(sim.state)
    const patch = JSON.stringify({ walletBalance: 0 })
    const json = { 'content-type': 'application/json' }
    expect(await raw(`${sim.origin}/__control/state`, 'GET', { host: `evil.example:${port}` })).toBe(421)
    expect(await raw(`${sim.origin}/__control/state`, 'PATCH', { ...json, host: `attacker.test:${port}` }, patch)).toBe(
      421,
    )
    for (const origin of [
      'http://127.0.0.1:4173',
      'https://evil.example',
      'null',
      `http://127.0.0.1:${Number(port) + 1}`,
    ]) {
      const headers = { ...json, host: `127.0.0.1:${port}`, origin }
      expect(await raw(`${sim.origin}/__control/state`, 'PATCH', headers, patch)).toBe(403)
      expect(await raw(`${sim.origin}/__control/faults`, 'POST', headers, JSON.stringify({ kind: 'reset' }))).toBe(403)
      expect(await raw(`${sim.origin}/__control/reset`, 'POST', headers)).toBe(403)
    }
    expect(JSON.stringify(sim.state)).toBe(before)
    expect(sim.faults.list()).toEqual([])
  })

  it('moves the clock forward on POST /clock, so a restart finishes without waiting; reset puts it back', async () => {
    const start = Date.parse('2026-03-10T12:30:00Z')
    sim = await startSimulator({ control: true, now: () => new Date(start) })
    const server = sim.state.servers[0]
    const post = (path: string, body: unknown) =>
      fetch(`${sim?.origin}/__control${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    server.restartingUntil = start + 10_000
    const moved = await post('/clock', { advanceMs: 10_000 })
    expect(moved.status).toBe(200)
    expect(await moved.json()).toEqual({ now: start + 10_000 })
    const list = await fetch(`${sim.apiBaseUrl}/unlimited/server-list`, {
      headers: { token: DEMO_CREDENTIALS.token, key: DEMO_CREDENTIALS.key },
    })
    const row = ((await list.json()) as { data: { ins_id: string; status: string }[] }).data.find(
      (s) => s.ins_id === server.insId,
    )
    expect(row?.status).toBe('Turn on')
    expect((await post('/clock', { advanceMs: -1 })).status).toBe(400)
    expect((await post('/clock', {})).status).toBe(400)
    await post('/reset', {})
    expect(await (await post('/clock', { advanceMs: 0 })).json()).toEqual({ now: start })
  })

  it('holds a server "Restarting" on PATCH /state until the test ends it, and refuses an unknown server', async () => {
    const start = Date.parse('2026-03-10T12:30:00Z')
    sim = await startSimulator({ control: true, now: () => new Date(start) })
    const server = sim.state.servers[0]
    const patch = (body: unknown) =>
      fetch(`${sim?.origin}/__control/state`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const status = async () => {
      const list = await fetch(`${sim?.apiBaseUrl}/unlimited/server-list`, {
        headers: { token: DEMO_CREDENTIALS.token, key: DEMO_CREDENTIALS.key },
      })
      const rows = ((await list.json()) as { data: { ins_id: string; status: string }[] }).data
      return rows.find((s) => s.ins_id === server.insId)?.status
    }
    const held = start + 3_600_000
    expect((await patch({ servers: { [server.planName]: { restartingUntil: held } } })).status).toBe(200)
    expect(await status()).toBe('Restarting')
    // An hour of the simulator's clock later, it is still held: nothing real-time ends it.
    await fetch(`${sim.origin}/__control/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 3_599_000 }) })
    expect(await status()).toBe('Restarting')
    expect((await patch({ servers: { [server.planName]: { restartingUntil: null } } })).status).toBe(200)
    expect(await status()).toBe('Turn on')
    const wallet = sim.state.walletBalance
    const unknown = await patch({ walletBalance: 1, servers: { 'nosuch.proxy.thordata.net': { restartingUntil: 0 } } })
    expect(unknown.status).toBe(400)
    expect(sim.state.walletBalance).toBe(wallet)
    expect((await patch({ servers: { [server.planName]: { running: true } } })).status).toBe(400)
  })

  it('lists the API requests it saw (method and path), never its own control calls', async () => {
    sim = await startSimulator({ control: true })
    await fetch(`${sim.apiBaseUrl}/unlimited/renew`, { method: 'POST' })
    const answer = (await (await fetch(`${sim.origin}/__control/requests`)).json()) as {
      requests: { method: string; path: string }[]
    }
    expect(answer.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/unlimited/renew'])
  })
})
