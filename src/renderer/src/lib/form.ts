import { translateMessage } from '@shared/i18n/issue'
import { useCallback, useState } from 'react'
import type { ZodType } from 'zod'
import { toAppError } from './api'
import { i18n } from './i18n'

/**
 * A schema issue's message in the window's language: the shared schemas carry catalog keys
 * (`'validation:url.thordataHttps'`); other text passes through unchanged. Use it wherever a zod message is shown.
 */
export function translateIssue(message: string): string {
  return translateMessage(i18n, message)
}

export type FieldErrors<T> = Partial<Record<keyof T & string, string>>

/** Form state for the app's small forms: values, per-field errors, zod validation. */
export function useFormState<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial)
  const [errors, setErrors] = useState<FieldErrors<T>>({})

  const setValue = useCallback(<K extends keyof T & string>(field: K, value: T[K]) => {
    setValues((current) => ({ ...current, [field]: value }))
    // Editing a field answers its error; keep the others until the next submit.
    setErrors((current) => {
      if (!current[field]) return current
      const next = { ...current }
      delete next[field]
      return next
    })
  }, [])

  const setFieldError = useCallback((field: keyof T & string, message: string) => {
    setErrors((current) => ({ ...current, [field]: message }))
  }, [])

  /** Parses the values with the schema; on failure puts the first message of each field on it and returns null. */
  const validate = <O>(schema: ZodType<O>, input: unknown = values): O | null => {
    const parsed = schema.safeParse(input)
    if (parsed.success) {
      setErrors({})
      return parsed.data
    }
    const found: FieldErrors<T> = {}
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as keyof T & string
      if (field in values && !found[field]) found[field] = translateIssue(issue.message)
    }
    setErrors(found)
    return null
  }

  const reset = useCallback((next: T) => {
    setValues(next)
    setErrors({})
  }, [])

  return { values, errors, setValue, setFieldError, validate, reset }
}

/**
 * Puts a failed call's AppError under the form field it names. Returns false when the error is not about one of
 * the form's fields, so the caller shows it for the whole form instead.
 */
export function applyFieldError<T extends Record<string, unknown>>(
  form: { values: T; setFieldError: (field: keyof T & string, message: string) => void },
  error: unknown,
): boolean {
  const { field, message } = toAppError(error)
  if (!field || !(field in form.values)) return false
  form.setFieldError(field as keyof T & string, message)
  return true
}
