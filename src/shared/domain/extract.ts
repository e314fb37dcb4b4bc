import { z } from 'zod'

/** One entry of an extract link: an entry node; each port leads to a different exit IP. */
export interface ExtractedProxy {
  host: string
  port: number
}

export const extractSession = z.enum(['sticky', 'rotating'], { error: 'Choose sticky or rotating sessions' })
export type ExtractSession = z.infer<typeof extractSession>

const count = z
  .number({ error: 'Enter how many proxies you want' })
  .int('Enter a whole number of proxies')
  .min(1, 'Ask for at least one proxy')

const country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code such as us')

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
      .regex(/^[A-Za-z0-9_-]+$/, 'Enter the server ID shown under Unlimited Proxy Servers → Servers'),
    country: country.optional(),
  }),
])
export type ExtractInput = z.infer<typeof extractInput>
