import { useBridgeEvents } from '@renderer/lib/events'
import { i18n, switchLanguage } from '@renderer/lib/i18n'
import { channelQuery } from '@renderer/lib/queries'
import { resolveLanguage } from '@shared/i18n/languages'
import { type QueryClient, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
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
        <LanguageFollowsSettings />
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

/**
 * The window opens in the language it used last (remembered locally, so no wait); once the saved setting is read,
 * it follows that, so a choice made in Settings holds after a restart even if the local memory was lost.
 */
function LanguageFollowsSettings() {
  const preference = useQuery(channelQuery('settings.get')).data?.language
  useEffect(() => {
    if (!preference) return
    const language = resolveLanguage(preference, navigator.languages ?? [navigator.language])
    if (i18n.language !== language) void switchLanguage(language)
  }, [preference])
  return null
}
