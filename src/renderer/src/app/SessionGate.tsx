import { Center, Loader, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { useSession } from '@renderer/lib/session'
import { LogoMark } from '@renderer/ui/LogoMark'
import { lazy, Suspense } from 'react'
import { tabs } from './tabs'

// Both screens are split from the entry so the first paint needs only React, Mantine's base and the query client.
const OnboardingScreen = lazy(() =>
  import('../features/onboarding/OnboardingScreen').then((m) => ({ default: m.OnboardingScreen })),
)
const loadShell = () => import('./Shell')
const Shell = lazy(() => loadShell().then((m) => ({ default: m.Shell })))

/**
 * Starts loading the shell (what returning users see) and the opening tab alongside session.get, so they arrive
 * together. Called by the entry point, not on import, so a test that never shows the shell loads nothing behind
 * its back.
 */
export function prefetchSignedInViews(): void {
  void loadShell()
  void tabs[0].load()
}

/** Onboarding until there is a session (real or demo), the app shell after. */
export function SessionGate() {
  const session = useSession()
  if (session.isPending) return <Splash />
  if (session.isError) {
    return (
      <Center mih="100dvh" p="xl">
        <Stack maw={460} w="100%">
          <ErrorAlert
            error={session.error}
            title="Thordata Desktop could not start"
            onRetry={() => void session.refetch()}
            retrying={session.isFetching}
          />
        </Stack>
      </Center>
    )
  }
  return (
    <Suspense fallback={<Splash />}>
      {session.data.mode === 'none' ? <OnboardingScreen /> : <Shell session={session.data} />}
    </Suspense>
  )
}

function Splash() {
  return (
    <Center mih="100dvh">
      <Stack align="center" gap="md" aria-busy="true">
        <LogoMark size={48} />
        <Loader size="sm" type="dots" />
        <Text size="sm" c="dimmed">
          Starting Thordata Desktop…
        </Text>
      </Stack>
    </Center>
  )
}
