/**
 * What a leaked secret can look like, for the tests that prove none leaks: the value itself, URL-encoded (once,
 * twice, as a form field) and base64 / base64url-encoded, alone or inside a longer encoded text, in any letter case.
 * Written apart from the redactor (src/main/log/logger.ts) so the tests do not trust the code they check.
 */
export interface SecretLeak {
  /** Which secret, by the name the test gave it (never the value). */
  secret: string
  form: string
  /** Where it was found: a file path or a label such as "reply to account.usage". */
  where: string
  /** The text around the find, with the find itself masked. */
  context: string
}

/** Shorter encoded pieces are left out: they could match by chance. */
const MIN_FORM_LENGTH = 8

function base64Forms(label: string, text: string): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const bytes = Buffer.from(text, 'utf8')
  for (let lead = 0; lead < 3; lead++) {
    const encoded = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64')
    // Only the characters that depend on the secret's bytes alone, whatever came before or after it.
    const inner = encoded.slice(Math.ceil((lead * 8) / 6), Math.floor(((lead + bytes.length) * 8) / 6))
    out.push([`base64 of ${label} (offset ${lead})`, inner])
    out.push([`base64url of ${label} (offset ${lead})`, inner.replace(/\+/g, '-').replace(/\//g, '_')])
  }
  return out
}

/** Every form to look for, lower-cased (finds are case-insensitive). */
export function secretForms(value: string): Array<[form: string, text: string]> {
  const once = encodeURIComponent(value)
  const forms: Array<[string, string]> = [
    ['raw', value],
    ['URL-encoded', once],
    ['URL-encoded twice', encodeURIComponent(once)],
    ['form-encoded', new URLSearchParams({ s: value }).toString().slice(2)],
  ]
  for (const [label, cased] of [
    ['the value', value],
    ['its lower case', value.toLowerCase()],
    ['its upper case', value.toUpperCase()],
  ] as const) {
    forms.push(...base64Forms(label, cased))
  }
  const seen = new Set<string>()
  return forms
    .map(([form, text]): [string, string] => [form, text.toLowerCase()])
    .filter(([, text]) => text.length >= MIN_FORM_LENGTH && !seen.has(text) && seen.add(text))
}

/** Every place in `text` where one of `secrets` (name → value) appears in any of its forms. */
export function findSecrets(text: string, secrets: Record<string, string>, where: string): SecretLeak[] {
  const haystack = text.toLowerCase()
  const leaks: SecretLeak[] = []
  for (const [name, value] of Object.entries(secrets)) {
    for (const [form, needle] of secretForms(value)) {
      const at = haystack.indexOf(needle)
      if (at < 0) continue
      const context = `${text.slice(Math.max(0, at - 40), at)}<${name}>${text.slice(at + needle.length, at + needle.length + 40)}`
      leaks.push({ secret: name, form, where, context: context.replace(/\s+/g, ' ') })
    }
  }
  return leaks
}
