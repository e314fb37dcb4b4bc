import { toBytes } from '@shared/traffic'
import { describe, expect, it } from 'vitest'
import { createFormSchema, formFieldOf, toCreateInput, totalBytes } from './create-form'

const GB = toBytes(1, 'GB')

describe('the create form model', () => {
  it('sums traffic × count only once both are whole numbers of at least 1', () => {
    expect(totalBytes({ traffic: 5, count: 3 })).toBe(15 * GB)
    expect(totalBytes({ traffic: '', count: 3 })).toBeNull()
    expect(totalBytes({ traffic: 2.5, count: 3 })).toBeNull()
    expect(totalBytes({ traffic: 5, count: 0 })).toBeNull()
  })

  it('sends the traffic in bytes of whole GB', () => {
    expect(toCreateInput({ traffic: 7, count: 2 })).toEqual({ trafficBytes: 7 * GB, count: 2 })
  })

  it('names the field each rule is about', () => {
    const parsed = createFormSchema.safeParse({ traffic: 2.5, count: '' })
    expect(parsed.success).toBe(false)
    const paths = parsed.error?.issues.map((issue) => [issue.path[0], issue.message])
    expect(paths).toEqual([
      ['traffic', 'validation:cdk.amountWhole'],
      ['count', 'validation:cdk.countRequired'],
    ])
  })

  it("puts main's field names on the form's", () => {
    expect(formFieldOf('trafficBytes')).toBe('traffic')
    expect(formFieldOf('count')).toBe('count')
    expect(formFieldOf('token')).toBeUndefined()
  })
})
