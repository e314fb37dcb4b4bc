import { protocol, type Session } from 'electron'
import { APP_SCHEME, createAppProtocolHandler } from '../app/app-protocol'

/**
 * app:// as a standard, secure scheme (an origin of its own, a secure context, fetch allowed for its own files).
 * Not corsEnabled, so no other origin can read from it. Electron accepts this only before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer (rendererRoot = out/renderer) on the session the window uses. */
export function serveAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot))
}
