import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { i18n } from '../lib/i18n'
import { cssVariablesResolver, theme } from './theme'

/**
 * Toasts are never part of the first paint, so their container (transitions, portal, scroll-bar compensation) loads
 * after the entry bundle. A toast shown before it mounts waits in the store and appears when it does. Mounted by
 * state rather than React.lazy: a Suspense fallback committed at launch would hold back the shell's reveal (React
 * throttles reveals to one per 300 ms after a fallback).
 */
function LazyNotifications() {
  const [Container, setContainer] = useState<typeof import('@mantine/notifications').Notifications | null>(null)
  useEffect(() => {
    void import('@mantine/notifications').then((m) => setContainer(() => m.Notifications))
  }, [])
  return Container ? <Container position="bottom-right" /> : null
}

/** The only thing the renderer keeps on disk: the user's light/dark/auto choice. */
const colorSchemeManager = localStorageColorSchemeManager({ key: 'thordata-color-scheme' })

interface ProvidersProps {
  queryClient: QueryClient
  /** 'test' turns off transitions and portals so tests see modals inline. */
  env?: 'default' | 'test'
  children: ReactNode
}

export function Providers({ queryClient, env = 'default', children }: ProvidersProps) {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
      env={env}
    >
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <LazyNotifications />
          {children}
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  )
}
