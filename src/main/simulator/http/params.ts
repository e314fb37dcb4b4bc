import { fail } from './sim-error'

/** A request's parameters (query merged with the form body) with the checks every route needs. */
export class Params {
  private readonly values: URLSearchParams

  constructor(values: URLSearchParams) {
    this.values = values
  }

  /** The trimmed value, or undefined when absent or blank. */
  optional(name: string): string | undefined {
    const value = this.values.get(name)?.trim()
    return value === undefined || value === '' ? undefined : value
  }

  required(name: string): string {
    const value = this.optional(name)
    if (value === undefined) throw fail(10000, `${name} is required`)
    return value
  }

  /** A whole number (digits only); 10000 naming the parameter otherwise. */
  integer(name: string): number {
    const value = this.required(name)
    if (!/^-?\d+$/.test(value)) throw fail(10000, `${name} must be a whole number`)
    return Number(value)
  }

  optionalInteger(name: string): number | undefined {
    return this.optional(name) === undefined ? undefined : this.integer(name)
  }

  /** `true` / `false` as the reference sends status flags. */
  boolean(name: string): boolean {
    const value = this.required(name).toLowerCase()
    if (value !== 'true' && value !== 'false') throw fail(10000, `${name} must be true or false`)
    return value === 'true'
  }

  /** One of the listed numbers (proxy_type, period, package ids…). */
  oneOf<T extends number>(name: string, allowed: readonly T[]): T {
    const value = this.integer(name)
    if (!(allowed as readonly number[]).includes(value)) {
      throw fail(10000, `${name} must be one of ${allowed.join(', ')}`)
    }
    return value as T
  }
}
