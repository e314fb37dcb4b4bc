import { translateIssue } from '@renderer/lib/form'
import {
  type ExtractAdvanced,
  type ExtractInput,
  type ExtractProduct,
  type ExtractSeparator,
  type ExtractSession,
  extractInput,
  type extractProtocols,
  type extractReturnTypes,
} from '@shared/domain/extract'

/** The builder's fields as the form holds them: text as typed, '' for "not set". */
export interface ExtractForm {
  product: ExtractProduct
  session: ExtractSession
  count: number | string
  /** Two-letter code; '' = any country (unlimited only: residential needs one). */
  country: string
  server: string
  advanced: boolean
  protocol: '' | (typeof extractProtocols)[number]
  returnType: '' | (typeof extractReturnTypes)[number]
  separator: '' | ExtractSeparator
  state: string
  city: string
}

export type ExtractField =
  | 'session'
  | 'count'
  | 'country'
  | 'server'
  | 'protocol'
  | 'returnType'
  | 'separator'
  | 'state'
  | 'city'

/** Ready to test and copy as it opens: ten rotating US proxies (the docs' own example country). */
export const defaultForm: ExtractForm = {
  product: 'residential',
  session: 'rotating',
  count: 10,
  country: 'US',
  server: '',
  advanced: false,
  protocol: '',
  returnType: '',
  separator: '',
  state: '',
  city: '',
}

const set = (value: string) => (value.trim() === '' ? undefined : value)

function advancedOf(form: ExtractForm): ExtractAdvanced | undefined {
  if (!form.advanced) return undefined
  const extra: ExtractAdvanced = {
    protocol: form.protocol || undefined,
    returnType: form.returnType || undefined,
    separator: form.separator || undefined,
    state: set(form.state),
    city: set(form.city),
  }
  const sent = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as ExtractAdvanced
  return Object.keys(sent).length > 0 ? sent : undefined
}

/** What the form would send: the documented fields, and the advanced ones only while Advanced is on. */
export function formInput(form: ExtractForm): unknown {
  const count = typeof form.count === 'number' ? form.count : form.count.trim() === '' ? undefined : Number(form.count)
  const advanced = advancedOf(form)
  const common = { session: form.session, count, ...(advanced ? { advanced } : {}) }
  if (form.product === 'residential') return { product: 'residential', ...common, country: form.country }
  return {
    product: 'unlimited',
    ...common,
    server: form.server,
    ...(set(form.country) ? { country: form.country } : {}),
  }
}

export type Checked = { ok: true; input: ExtractInput } | { ok: false; errors: Partial<Record<ExtractField, string>> }

/** The shared schema decides; each refusal lands on the field it names, in the window's language. */
export function checkForm(form: ExtractForm): Checked {
  const parsed = extractInput.safeParse(formInput(form))
  if (parsed.success) return { ok: true, input: parsed.data }
  const errors: Partial<Record<ExtractField, string>> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] === 'advanced' ? issue.path[1] : issue.path[0]) as ExtractField
    errors[field] ??= translateIssue(issue.message)
  }
  return { ok: false, errors }
}

/** A saved preset back into the form (Advanced opens when it set any extra). */
export function formOf(input: ExtractInput): ExtractForm {
  const extra = input.advanced ?? {}
  return {
    ...defaultForm,
    product: input.product,
    session: input.session,
    count: input.count,
    country: input.country?.toUpperCase() ?? '',
    server: input.product === 'unlimited' ? input.server : '',
    advanced: Object.keys(extra).length > 0,
    protocol: extra.protocol ?? '',
    returnType: extra.returnType ?? '',
    separator: extra.separator ?? '',
    state: extra.state ?? '',
    city: extra.city ?? '',
  }
}
