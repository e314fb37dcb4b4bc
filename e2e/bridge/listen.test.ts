import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listenOnLoopback, PortTakenError } from './listen'

let taken: Server
let takenPort: number
const opened: Server[] = []

beforeEach(async () => {
  taken = createServer()
  await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done))
  takenPort = (taken.address() as AddressInfo).port
})

afterEach(async () => {
  for (const server of [taken, ...opened.splice(0)]) await new Promise((done) => server.close(done))
})

describe('a taken port', () => {
  it('is a PortTakenError naming the port when that port was asked for', async () => {
    const server = createServer()
    await expect(listenOnLoopback(server, takenPort, false)).rejects.toEqual(new PortTakenError(takenPort))
    expect(server.listening).toBe(false)
  })

  it('moves to another free port when no port was asked for', async () => {
    const server = createServer()
    opened.push(server)
    const port = await listenOnLoopback(server, takenPort, true)
    expect(port).not.toBe(takenPort)
    expect(server.listening).toBe(true)
  })

  it('stops `serve.ts --port N` with one clear line and exit code 1, no stack', async () => {
    const child = spawn(
      'npx',
      ['tsx', '--tsconfig', 'tsconfig.node.json', 'e2e/bridge/serve.ts', '--port', String(takenPort)],
      {
        env: { ...process.env, THORDATA_BRIDGE_SECRET: '' },
      },
    )
    let stderr = ''
    let stdout = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    const code = await new Promise((done) => child.on('exit', done))
    expect(code).toBe(1)
    expect(stderr.trim()).toBe(
      `Port ${takenPort} is already in use: stop what runs there, or pick another port with --port N.`,
    )
    expect(stdout).toBe('')
  }, 30_000)
})
