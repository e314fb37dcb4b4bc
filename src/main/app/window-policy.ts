/**
 * What the main window may do, as plain data and functions so it is tested without Electron.
 * The Electron side (src/main/electron/security.ts, window.ts) only applies these decisions.
 */

/**
 * Must equal the meta tag in src/renderer/index.html (a test compares them). frame-ancestors is not here because
 * browsers ignore it in a meta tag; app:// and http responses get it as a header (FRAME_POLICY).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
export const FRAME_POLICY = "frame-ancestors 'none'"

/**
 * The dev server injects React Fast Refresh as an inline script; only `npm run dev` (never a built app, which
 * loads from app://) relaxes script-src for it.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
)

/** The one permission the app page uses: navigator.clipboard.writeText for the copy buttons (field-notes §2.4). */
const allowedPermissions = new Set(['clipboard-sanitized-write'])

export function isPermissionAllowed(
  permission: string,
  pageUrl: string | null | undefined,
  isAppPage: (url: string) => boolean,
): boolean {
  return allowedPermissions.has(permission) && typeof pageUrl === 'string' && isAppPage(pageUrl)
}

/** Response headers with our CSP in place of any the server sent (header names are case-insensitive). */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  policy: string = CONTENT_SECURITY_POLICY,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value
  }
  out['Content-Security-Policy'] = [`${policy}; ${FRAME_POLICY}`]
  return out
}

/** A URL reduced to what is safe to log: scheme and host, never a path or query that may carry a key. */
export function describeUrlForLog(value: string): string {
  try {
    const url = new URL(value)
    return url.host ? `${url.protocol}//${url.host}` : url.protocol
  } catch {
    return '(not a URL)'
  }
}
