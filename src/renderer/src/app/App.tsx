import { useBridgeEvents } from '@renderer/lib/events'
import type { QueryClient } from '@tanstack/react-query'
import { ErrorBoundary } from './ErrorBoundary'
import { Providers } from './providers'
import { SessionGate } from './SessionGate'
import { SettingsNotice } from './SettingsNotice'

interface AppProps {
  queryClient: QueryClient
  env?: 'default' | 'test'
}

export function App({ queryClient, env }: AppProps) {
  return (
    <Providers queryClient={queryClient} env={env}>
      <ErrorBoundary>
        <BridgeEvents />
        <SettingsNotice />
        <SessionGate />
      </ErrorBoundary>
    </Providers>
  )
}

/** Main's pushes (session, updater, invalidations) wired into the query cache; mounted once. */
export function BridgeEvents() {
  useBridgeEvents()
  return null
}
