import { z } from 'zod'

/** One entry of an extract link: an entry node; each port leads to a different exit IP. */
export interface ExtractedProxy {
  host: string
  port: number
}

export const extractSession = z.enum(['sticky', 'rotating'], { error: 'validation:extract.session' })
export type ExtractSession = z.infer<typeof extractSession>

const count = z
  .number({ error: 'validation:extract.countRequired' })
  .int('validation:extract.countWhole')
  .min(1, 'validation:extract.countMin')

const country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'validation:extract.country')

/** The documented parameters of the two extract links (reference §8.1, §8.2); the SDK-only ones are left out. */
export const extractInput = z.discriminatedUnion('product', [
  z.object({ product: z.literal('residential'), session: extractSession, count, country }),
  z.object({
    product: z.literal('unlimited'),
    session: extractSession,
    count,
    server: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]+$/, 'validation:extract.serverId'),
    country: country.optional(),
  }),
])
export type ExtractInput = z.infer<typeof extractInput>
