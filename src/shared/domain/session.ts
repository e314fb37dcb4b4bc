import { z } from 'zod'

/** What the renderer may know about the signed-in account. Never the key, never the full token. */
export interface SessionInfo {
  mode: 'none' | 'demo' | 'account'
  accountName: string | null
  /** e.g. "a1b2…9f0e": enough to tell two tokens apart, not enough to use one. */
  tokenHint: string | null
  /** Where the credentials live: the OS keychain, or memory until the app quits (chosen when no keychain works). */
  storage: 'keychain' | 'session' | null
}

/**
 * The token and key travel as HTTP header values, which carry only Latin-1 and no control characters: anything else
 * (an emoji, a curly quote, a Cyrillic letter) makes the request impossible to send. Real ones are plain ASCII.
 */
export function isHeaderSafe(value: string): boolean {
  return /^[\x20-\x7e\xa0-\xff]*$/.test(value)
}

const headerSafeReason = (name: string) =>
  `That ${name} contains a character Thordata ${name}s never have (such as an emoji, a curly quote or a letter ` +
  `outside Latin-1), so it cannot be sent. Copy it again from Dashboard → My Account.`

export const credentialsInput = z.object({
  token: z
    .string()
    .trim()
    .min(1, 'Paste the token from Dashboard → My Account')
    .max(512, 'That token is too long')
    .refine(isHeaderSafe, headerSafeReason('token')),
  key: z
    .string()
    .trim()
    .min(1, 'Paste the key from Dashboard → My Account')
    .max(512, 'That key is too long')
    .refine(isHeaderSafe, headerSafeReason('key')),
  // The account name goes only into extract-link queries (URL-encoded) and is limited to ASCII by its pattern.
  accountName: z
    .string()
    .trim()
    .min(1, 'Enter your account name (Dashboard → My Account)')
    .max(128, 'That account name is too long')
    .regex(/^[A-Za-z0-9_.-]+$/, 'Account names contain only letters, digits, dot, dash and underscore'),
  /** Set when the user chose "keep for this session only" after the keychain failed. */
  sessionOnly: z.boolean().optional(),
})
export type CredentialsInput = z.infer<typeof credentialsInput>
