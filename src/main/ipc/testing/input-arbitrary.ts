import fc from 'fast-check'
import { z } from 'zod'

/**
 * fast-check inputs for one IPC channel, derived from its zod schema (through JSON Schema), so a new channel is
 * fuzzed the day it is added. Three kinds, mixed: inputs shaped like the schema (they reach the handler and the
 * API), the same with one field swapped for junk, and anything at all, including prototype-polluting keys.
 */
type JsonSchema = {
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  allOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  minimum?: number
  maximum?: number
  default?: unknown
}

const isoDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

/**
 * Values that pass refinements JSON Schema cannot express (an IP, a real date, an https URL), by field name, so
 * generated inputs get past validation and reach the handler and the API, not just the schema.
 */
const fieldHints: Record<string, fc.Arbitrary<unknown>> = {
  ip: fc.oneof(fc.ipV4(), fc.ipV6()),
  ips: fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 6 }),
  from: isoDate,
  to: isoDate,
  url: fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.webUrl()),
  apiBaseUrl: fc.constantFrom('https://openapi.thordata.com/api', 'https://evil.example/api', 'http://127.0.0.1:9/api'),
  publicIpUrl: fc.webUrl({ validSchemes: ['https', 'http'] }),
  countryCode: fc.constantFrom('US', 'DE', 'BR', 'JP', 'GB', 'ZZ'),
}

const pollutingKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']

/** Any value a renderer could put through structured clone, with keys that try to reach Object.prototype. */
export const junk: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...pollutingKeys)),
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
})

/** `{"__proto__": {...}}` as JSON.parse makes it: an own property named __proto__, the classic pollution vector. */
const protoPayload = (value: unknown): unknown => {
  const own = typeof value === 'object' && value !== null && !Array.isArray(value) ? JSON.stringify(value) : '{}'
  const polluting = '"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}}'
  return JSON.parse(own === '{}' ? `{${polluting}}` : `{${polluting},${own.slice(1)}`)
}

function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  const patterns = [schema.pattern, ...(schema.allOf ?? []).map((s) => s.pattern)].filter(
    (p): p is string => typeof p === 'string',
  )
  const regexes = patterns.map((p) => new RegExp(p))
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? Math.max(min, 40)
  const fits = (s: string) => s.length >= min && s.length <= max && regexes.every((r) => r.test(s))
  if (regexes.length === 0) return fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 60)) })
  // Generate from the pattern anchored at both ends (the tightest), keep what also meets the others.
  const anchored = regexes.find((r) => r.source.startsWith('^') && r.source.endsWith('$')) ?? regexes[0]
  return fc.stringMatching(anchored).filter(fits)
}

/** An arbitrary for values valid (as far as JSON Schema says) against `schema`. */
export function fromJsonSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const variants = schema.anyOf ?? schema.oneOf
  if (variants) return fc.oneof(...variants.map(fromJsonSchema))
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'string':
      return stringArb(schema)
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1e9, max: Math.min(schema.maximum ?? 1e9, Number.MAX_SAFE_INTEGER) })
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(schema.items ? fromJsonSchema(schema.items) : junk, {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 8, 8),
      })
    case 'object': {
      const properties = schema.properties ?? {}
      const required = new Set(schema.required ?? [])
      const record: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [name, sub] of Object.entries(properties)) {
        const hint = fieldHints[name]
        record[name] = hint ? fc.oneof(hint, fromJsonSchema(sub)) : fromJsonSchema(sub)
      }
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in properties) })
    }
    default:
      // No type: the schema accepts nothing in particular (z.undefined() and the like).
      return fc.constant(undefined)
  }
}

/** One field of a valid-looking object replaced by junk: reaches deeper validation than junk alone. */
function withOneFieldSwapped(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), junk).map(([value, pick, replacement]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return replacement
    const keys = Object.keys(value)
    if (keys.length === 0) return { [pollutingKeys[pick % pollutingKeys.length]]: replacement }
    return { ...value, [keys[pick % keys.length]]: replacement }
  })
}

export function inputArbitrary(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema
  const valid = fromJsonSchema(json)
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: withOneFieldSwapped(valid), weight: 2 },
    { arbitrary: valid.map(protoPayload), weight: 1 },
    { arbitrary: junk, weight: 2 },
  )
}
