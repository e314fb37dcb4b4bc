import { z } from 'zod'

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation:dates.format')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'validation:dates.notReal')
