import type { App, Session } from 'electron'
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  describeUrlForLog,
  isPermissionAllowed,
  withContentSecurityPolicy,
} from '../app/window-policy'
import type { Logger } from '../log/logger'

/**
 * Session-wide rules: deny every permission except clipboard writes from the app page, and put our CSP on
 * every response served over http(s) (the dev server, and any page that got there despite the navigation
 * rules). app:// responses carry the CSP themselves (src/main/app/app-protocol.ts).
 */
export function secureSession(
  session: Session,
  isAppPage: (url: string) => boolean,
  log: Logger,
  options: { devServer?: boolean } = {},
): void {
  const policy = options.devServer ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, isAppPage)
    if (!allowed) log.warn(`Denied permission ${permission} to ${describeUrlForLog(details.requestingUrl)}`)
    callback(allowed)
  })
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL(), isAppPage),
  )
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })
}

/** No <webview> anywhere, and no window from any web contents other than the ones that set their own handler. */
export function lockDownWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}
