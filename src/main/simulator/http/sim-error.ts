/** The documented messages (reference §10 and §8.3), used for real errors and for injected 'code' faults. */
export const MESSAGES: Record<number, string> = {
  111: 'Please request again in 2 seconds',
  114: 'The extracted IP is empty',
  117: 'Allowlist verification failed. Please add the requested IP [x.x.x.x] to the HTTP allowlist',
  118: 'Your account is abnormal, please contact customer service',
  121: 'Your package has expire',
  10000: 'Parameter error',
  10001: 'Duration error',
  10002: 'Region info error',
  10003: 'Quantity error',
  10004: 'The region does not exist or is offline',
  10005: 'Not enough stock in this region',
  10006: 'Price error',
  10007: 'The IP cannot be renewed (offline)',
  10008: 'Insufficient wallet balance',
  10009: 'Purchase failed, please try again',
  10010: 'IP does not exist',
  10011: 'Too many operations, please try again later',
  10012: 'Exceeds the single purchase quantity limit',
  10013: 'token error',
  10014: 'key error',
  10015: 'The sub-account username must be 6-15 letters and digits',
  10016: 'The password must be 6-15 characters, start with a letter, and contain only letters and digits',
  10017: 'Please recharge first',
  10018: 'Username already exists',
  10019: 'The number of accounts exceeds the limit',
  10020: 'Username does not exist',
  10021: 'The query date range cannot exceed 180 days',
}

export function messageFor(code: number, publicIp: string): string {
  const message = MESSAGES[code] ?? 'Unknown error'
  return code === 117 ? message.replace('x.x.x.x', publicIp) : message
}

/** Thrown by a route to answer with a payload error code (HTTP 200). */
export class SimError extends Error {
  readonly code: number
  constructor(code: number, message: string) {
    super(message)
    this.name = 'SimError'
    this.code = code
  }
}

/** A documented error, optionally with a detail that tells the caller what exactly was wrong. */
export function fail(code: number, detail?: string): SimError {
  const base = MESSAGES[code] ?? 'Unknown error'
  return new SimError(code, detail ? `${base}: ${detail}` : base)
}
