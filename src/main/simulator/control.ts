import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { type FaultRegistry, faultSchema } from './faults'
import { readBody } from './http/body'
import { sendJson } from './http/reply'
import { canonicalIp } from './ip'
import type { SimRequest } from './requests'
import type { SimState } from './state/types'
import { parseDate } from './time'

/** The account-level fields PATCH /__control/state may change (a shallow merge). */
export const statePatchSchema = z
  .object({
    trafficBalanceMb: z.number().min(0),
    trafficExpiresOn: z.string().refine((s) => parseDate(s) !== null, 'use yyyy-mm-dd'),
    walletBalance: z.number().min(0),
    publicIp: z.string().refine((s) => canonicalIp(s) !== null, 'not an IP address'),
    /** The credentials the simulator accepts from now on (a token revoked or a key reset mid-session). */
    credentials: z
      .object({ token: z.string().min(1), key: z.string().min(1) })
      .partial()
      .strict(),
    /**
     * Unlimited servers by plan name: `restartingUntil` (unix ms of the simulator's clock) holds one "Restarting"
     * for as long as a test needs (a restart that never finishes), or ends a restart at once (null).
     */
    servers: z.record(z.string(), z.object({ restartingUntil: z.number().int().min(0).nullable() }).strict()),
  })
  .partial()
  .strict()

/** POST /__control/clock: moves the simulator's clock forward (a restart finishing, a term running out). */
export const clockAdvanceSchema = z
  .object({
    advanceMs: z
      .number()
      .int()
      .min(0)
      .max(366 * 86_400_000),
  })
  .strict()

export interface ControlDeps {
  state: SimState
  faults: FaultRegistry
  reset(): void
  /** The API requests seen so far (GET /__control/requests: "was the order sent exactly once?"). */
  requests(): SimRequest[]
  /** Moves the simulator's clock forward by `ms`, and returns its new time (unix ms). */
  advanceClock(ms: number): number
}

/**
 * /__control: how tests and tools arrange the simulator over HTTP.
 *   POST /faults (a Fault), GET /faults, DELETE /faults, POST /reset, GET /state, PATCH /state (account fields, and
 *   a server's restart held or ended),
 *   GET /requests (method and path of each API request), POST /clock ({advanceMs}: the clock moves forward).
 * Off unless a test starts the simulator with `control: true`. When on, only a local tool addressing this simulator
 * by its own loopback name (no DNS rebinding) and no other web page (Origin absent or our own) may use it.
 */
export function createControl(deps: ControlDeps) {
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const refusal = refuseForeign(req)
    if (refusal) return sendJson(res, refusal.status, { error: refusal.error })
    const action = `${req.method} ${pathname.slice('/__control'.length)}`
    try {
      switch (action) {
        case 'POST /faults':
          deps.faults.add(faultSchema.parse(await readJson(req)))
          return sendJson(res, 201, { faults: deps.faults.list() })
        case 'GET /faults':
          return sendJson(res, 200, { faults: deps.faults.list() })
        case 'DELETE /faults':
          deps.faults.clear()
          return sendJson(res, 200, { faults: [] })
        case 'POST /reset':
          deps.reset()
          return sendJson(res, 200, { ok: true })
        case 'GET /state':
          return sendJson(res, 200, deps.state)
        case 'PATCH /state': {
          const patch = statePatchSchema.parse(await readJson(req))
          if (patch.publicIp !== undefined) patch.publicIp = canonicalIp(patch.publicIp) ?? patch.publicIp
          const { credentials, servers, ...fields } = patch
          const serverPatches = Object.entries(servers ?? {}).map(([planName, change]) => {
            const server = deps.state.servers.find((s) => s.planName === planName)
            if (!server) throw new Error(`No unlimited server ${planName}`)
            return { server, change }
          })
          for (const { server, change } of serverPatches) Object.assign(server, change)
          Object.assign(deps.state, fields)
          if (credentials) deps.state.credentials = { ...deps.state.credentials, ...credentials }
          return sendJson(res, 200, deps.state)
        }
        case 'GET /requests':
          return sendJson(res, 200, { requests: deps.requests() })
        case 'POST /clock': {
          const { advanceMs } = clockAdvanceSchema.parse(await readJson(req))
          return sendJson(res, 200, { now: deps.advanceClock(advanceMs) })
        }
        default:
          return sendJson(res, 404, { error: `No control action ${action}` })
      }
    } catch (error) {
      const message = error instanceof z.ZodError ? z.prettifyError(error) : String(error)
      return sendJson(res, 400, { error: message })
    }
  }
}

/** 421 for a Host that is not this simulator's loopback name, 403 for a page of another origin. */
export function refuseForeign(req: IncomingMessage): { status: number; error: string } | null {
  const port = req.socket.localPort
  const own = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!own.includes(req.headers.host ?? '')) return { status: 421, error: 'Misdirected request' }
  const origin = req.headers.origin
  if (origin !== undefined && !own.some((host) => origin === `http://${host}`)) {
    return { status: 403, error: 'Forbidden: /__control answers only local tools and its own origin' }
  }
  return null
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req)
  try {
    return JSON.parse(body === '' ? '{}' : body)
  } catch {
    throw new Error('The body must be JSON')
  }
}
