import type { i18n } from 'i18next'

/** A catalog key used as a message (the shared schemas' messages are `validation:…` keys). */
const MESSAGE_KEY = /^(validation|errors):[\w.]+$/

/**
 * A schema issue's message in `instance`'s language: a catalog key is translated, any other text (zod's own
 * wording, a message already in words) passes through unchanged.
 */
export function translateMessage(instance: i18n, message: string): string {
  return MESSAGE_KEY.test(message) && instance.exists(message) ? instance.t(message as never) : message
}
