import { z } from 'zod'

export const faultSchema = z
  .object({
    kind: z.enum(['latency', 'timeout', 'http-error', 'malformed', 'reset', 'code']),
    path: z.string().min(1).optional(),
    times: z.number().int().min(1).optional(),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    status: z.number().int().min(400).max(599).optional(),
    code: z.number().int().optional(),
  })
  .strict()
  .refine((f) => f.kind !== 'code' || f.code !== undefined, { message: "a 'code' fault needs a code", path: ['code'] })

/**
 * A failure to inject into the next matching requests (see index.ts for what each kind does on the wire).
 * Faults touch only /api, /extract and /whoami requests, never /__control.
 */
export interface Fault {
  kind: 'latency' | 'timeout' | 'http-error' | 'malformed' | 'reset' | 'code'
  /** Only requests whose pathname contains this substring; default every /api, /extract and /whoami request. */
  path?: string
  /** How many matching requests it affects, then it removes itself; default until cleared. */
  times?: number
  latencyMs?: number
  status?: number
  code?: number
}

export interface FaultRegistry {
  add(fault: Fault): void
  clear(): void
  /** Copies, with `times` showing what is left. */
  list(): Fault[]
  /** The first fault matching this pathname, counted as used; the caller applies it. */
  take(pathname: string): Fault | undefined
}

export function createFaultRegistry(): FaultRegistry {
  let faults: Fault[] = []
  return {
    add(fault) {
      faults.push({ ...faultSchema.parse(fault) })
    },
    clear() {
      faults = []
    },
    list() {
      return faults.map((f) => ({ ...f }))
    },
    take(pathname) {
      const fault = faults.find((f) => f.path === undefined || pathname.includes(f.path))
      if (!fault) return undefined
      if (fault.times !== undefined) {
        fault.times -= 1
        if (fault.times <= 0) faults = faults.filter((f) => f !== fault)
      }
      return { ...fault }
    },
  }
}

/** Requests faults may hit. */
export function isFaultable(pathname: string): boolean {
  return /^\/(api|extract|whoami)(\/|$)/.test(pathname)
}
