import { z } from 'zod'
import { productsIn } from '../products'

/** The products that have their own location lists. */
export const planProduct = z.enum(productsIn('locations'), { error: 'Choose residential or unlimited' })
export type PlanProduct = z.infer<typeof planProduct>

export interface Country {
  /** e.g. "DE" */
  code: string
  name: string
}

export interface State {
  countryCode: string
  /** Lower-case slug, e.g. "texas". */
  code: string
  name: string
}

export interface City {
  countryCode: string
  stateCode: string | null
  stateName: string | null
  /** Lower-case slug, e.g. "austin". */
  code: string
  name: string
}

export interface Asn {
  countryCode: string
  /** e.g. "AS7922" */
  code: string
  name: string
}

export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'validation:locations.country')

export const countriesInput = z.object({ product: planProduct })
export type CountriesInput = z.infer<typeof countriesInput>

export const statesInput = z.object({ product: planProduct, countryCode })
export type StatesInput = z.infer<typeof statesInput>

export const citiesInput = z.object({
  product: planProduct,
  countryCode,
  stateCode: z.string().trim().min(1, 'validation:locations.state').optional(),
})
export type CitiesInput = z.infer<typeof citiesInput>

export const asnsInput = z.object({ product: planProduct, countryCode })
export type AsnsInput = z.infer<typeof asnsInput>
