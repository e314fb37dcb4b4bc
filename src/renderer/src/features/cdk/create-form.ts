import { CDK_TRAFFIC_UNIT, type CreateCdkInput, createCdkInput } from '@shared/domain/cdk'
import { toBytes } from '@shared/traffic'
import { z } from 'zod'

/** What the create form holds: the traffic in CDK units (GB), as typed; NumberInput gives '' while empty. */
export type CreateFormValues = {
  traffic: number | string
  count: number | string
}

export const initialCreateValues: CreateFormValues = { traffic: '', count: 1 }

/** The form's own rules, in its units; the request is then checked once more by the shared schema, in bytes. */
export const createFormSchema = z.object({
  traffic: z
    .number({ error: 'validation:cdk.trafficRequired' })
    .int('validation:cdk.amountWhole')
    .min(1, 'validation:cdk.amountMin'),
  count: z
    .number({ error: 'validation:cdk.countRequired' })
    .int('validation:cdk.countWhole')
    .min(1, 'validation:cdk.countMin'),
})

export const toCreateInput = ({ traffic, count }: z.infer<typeof createFormSchema>): CreateCdkInput =>
  createCdkInput.parse({ trafficBytes: toBytes(traffic, CDK_TRAFFIC_UNIT), count })

/** Main names the request's field; the form shows it under its own. */
export const formFieldOf = (field: string | undefined): 'traffic' | 'count' | undefined =>
  field === 'trafficBytes' ? 'traffic' : field === 'count' ? 'count' : undefined

/**
 * The whole traffic the typed values would take from the balance, in bytes; null until both are whole numbers
 * of at least 1 (the summary line waits for them rather than showing a wrong sum).
 */
export function totalBytes(values: CreateFormValues): number | null {
  const parsed = createFormSchema.safeParse(values)
  if (!parsed.success) return null
  return toBytes(parsed.data.traffic * parsed.data.count, CDK_TRAFFIC_UNIT)
}
