import { z } from 'zod'

export const faultKinds = [
  'latency',
  'timeout',
  'http-error',
  'malformed',
  'reset',
  'code',
  'redirect',
  'oversized',
  'not-found',
] as const

export const faultSchema = z
  .object({
    kind: z.enum(faultKinds),
    path: z.string().min(1).optional(),
    times: z.number().int().min(1).optional(),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    status: z.number().int().min(300).max(599).optional(),
    code: z.number().int().optional(),
    location: z.string().min(1).max(2000).optional(),
    bytes: z
      .number()
      .int()
      .min(1)
      .max(2 * 1024 ** 3)
      .optional(),
  })
  .strict()
  .refine((f) => f.kind !== 'code' || f.code !== undefined, { message: "a 'code' fault needs a code", path: ['code'] })
  .refine((f) => f.kind !== 'redirect' || f.status === undefined || (f.status >= 300 && f.status < 400), {
    message: "a 'redirect' fault needs a 3xx status",
    path: ['status'],
  })
  .refine((f) => f.kind !== 'http-error' || f.status === undefined || f.status >= 400, {
    message: "an 'http-error' fault needs a status of 400 or more",
    path: ['status'],
  })

/**
 * A failure to inject into the next matching requests (see index.ts for what each kind does on the wire).
 * Faults touch only /api, /extract and /whoami requests, never /__control.
 */
export interface Fault {
  kind: (typeof faultKinds)[number]
  /** Only requests whose pathname contains this substring; default every /api, /extract and /whoami request. */
  path?: string
  /** How many matching requests it affects, then it removes itself; default until cleared. */
  times?: number
  latencyMs?: number
  /** http-error: 4xx/5xx (default 500); redirect: 3xx (default 302). */
  status?: number
  code?: number
  /** redirect: the Location header; default the same path on http://localhost:<port>/landed, with a query. */
  location?: string
  /** oversized: how many bytes of valid-looking JSON to stream (default 40 MiB). */
  bytes?: number
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

/** Requests faults may hit (`/alt/api` is the same API under a second base URL, for host-failover tests). */
export function isFaultable(pathname: string): boolean {
  return /^\/(api|alt\/api|extract|whoami)(\/|$)/.test(pathname)
}
