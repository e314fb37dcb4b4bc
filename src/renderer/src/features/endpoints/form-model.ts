import { translateIssue } from '@renderer/lib/form'
import {
  type Continent,
  type EndpointInput,
  type EndpointProduct,
  type EndpointProtocol,
  endpointInput,
  type ParsedEndpointInput,
} from '@shared/domain/endpoint'

/** The generator's form as typed: every text field a string (empty = not set), the minutes a number or empty. */
export interface EndpointForm {
  product: EndpointProduct
  host: string
  username: string
  protocol: EndpointProtocol
  continent: Continent | ''
  country: string
  state: string
  city: string
  asn: string
  sessionId: string
  sessionMinutes: number | ''
}

export type EndpointField = keyof EndpointForm

export const emptyForm = (product: EndpointProduct = 'residential'): EndpointForm => ({
  product,
  host: '',
  username: '',
  protocol: 'http',
  continent: '',
  country: '',
  state: '',
  city: '',
  asn: '',
  sessionId: '',
  sessionMinutes: '',
})

/** What main is sent (and a preset keeps): empty fields left out. */
export function toInput(form: EndpointForm): EndpointInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim())
  return {
    product: form.product,
    host: text(form.host),
    username: form.username,
    protocol: form.protocol,
    continent: form.continent || undefined,
    country: text(form.country),
    state: text(form.state),
    city: text(form.city),
    asn: text(form.asn),
    sessionId: text(form.sessionId),
    sessionMinutes: form.sessionMinutes === '' ? undefined : form.sessionMinutes,
  }
}

/** A saved input (a preset) back in the form. */
export function fromInput(input: EndpointInput): EndpointForm {
  return {
    ...emptyForm(input.product),
    host: input.host ?? '',
    username: input.username,
    protocol: input.protocol ?? 'http',
    continent: (input.continent ?? '') as EndpointForm['continent'],
    country: (input.country ?? '').toUpperCase(),
    state: input.state ?? '',
    city: input.city ?? '',
    asn: input.asn ?? '',
    sessionId: input.sessionId ?? '',
    sessionMinutes: input.sessionMinutes ?? '',
  }
}

export interface Checked {
  /** The parsed input, when every field is right and a user is chosen. */
  input: ParsedEndpointInput | null
  /** Each field's problem in words; no user chosen yet is not a problem, just nothing to show. */
  errors: Partial<Record<EndpointField, string>>
}

/** Checks the form with the shared schema, as main will: each problem on its field. */
export function check(form: EndpointForm): Checked {
  const parsed = endpointInput.safeParse(toInput(form))
  if (parsed.success) return { input: parsed.data, errors: {} }
  const errors: Checked['errors'] = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') as EndpointField
    if (field === 'username' && form.username === '') continue
    if (field in form && !errors[field]) errors[field] = translateIssue(issue.message)
  }
  return { input: null, errors }
}
