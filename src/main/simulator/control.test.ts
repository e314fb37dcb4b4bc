import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from './index'

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
})
