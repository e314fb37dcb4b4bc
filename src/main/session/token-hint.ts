/** "a1b2…9f0e": enough to tell two tokens apart, never enough to use one. Short tokens show less. */
export function tokenHint(token: string): string {
  const t = token.trim()
  if (t.length <= 8) return '••••'
  const keep = t.length >= 16 ? 4 : 2
  return `${t.slice(0, keep)}…${t.slice(-keep)}`
}
