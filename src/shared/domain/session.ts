import { z } from 'zod'
import type { CachedFigures } from './figures'

/** What the renderer may know about the signed-in account. Never the key, never the full token. */
export interface SessionInfo {
  mode: 'none' | 'demo' | 'account'
  accountName: string | null
  /** e.g. "a1b2…9f0e": enough to tell two tokens apart, not enough to use one. */
  tokenHint: string | null
  /** Where the credentials live: the OS keychain, or memory until the app quits (chosen when no keychain works). */
  storage: 'keychain' | 'session' | null
  /**
   * Thordata answered an extract link with 118 (wrong account name) for this account name: Settings and the header
   * say so until the name changes or a link works. Only the extract links use the name, so connecting cannot check it.
   */
  accountNameRejected?: boolean
  /** session.get only: the last figures fetched for this account, for the first paint (src/main/core/figures.ts). */
  cached?: CachedFigures
}

/**
 * The token and key travel as HTTP header values, which carry only Latin-1 and no control characters: anything else
 * (an emoji, a curly quote, a Cyrillic letter) makes the request impossible to send. Real ones are plain ASCII.
 */
export function isHeaderSafe(value: string): boolean {
  return /^[\x20-\x7e\xa0-\xff]*$/.test(value)
}

export const credentialsInput = z.object({
  token: z
    .string()
    .trim()
    .min(1, 'validation:session.tokenRequired')
    .max(512, 'validation:session.tokenTooLong')
    .refine(isHeaderSafe, 'validation:session.tokenUnsendable'),
  key: z
    .string()
    .trim()
    .min(1, 'validation:session.keyRequired')
    .max(512, 'validation:session.keyTooLong')
    .refine(isHeaderSafe, 'validation:session.keyUnsendable'),
  // The account name goes only into extract-link queries (URL-encoded) and is limited to ASCII by its pattern.
  accountName: z
    .string()
    .trim()
    .min(1, 'validation:session.accountNameRequired')
    .max(128, 'validation:session.accountNameTooLong')
    .regex(/^[A-Za-z0-9_.-]+$/, 'validation:session.accountNameChars'),
  /** Set when the user chose "keep for this session only" after the keychain failed. */
  sessionOnly: z.boolean().optional(),
})
export type CredentialsInput = z.infer<typeof credentialsInput>
