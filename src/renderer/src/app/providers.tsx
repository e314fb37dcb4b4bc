import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { cssVariablesResolver, theme } from './theme'

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
      <QueryClientProvider client={queryClient}>
        <Notifications position="bottom-right" />
        {children}
      </QueryClientProvider>
    </MantineProvider>
  )
}
