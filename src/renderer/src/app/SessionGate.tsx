import { Center, Loader, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { preloadable } from '@renderer/lib/preloadable'
import { useSession } from '@renderer/lib/session'
import { LogoMark } from '@renderer/ui/LogoMark'
import type { SessionInfo } from '@shared/domain/session'
import { Suspense, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

// Both screens are split from the entry so the first paint needs only React, Mantine's base and the query client.
const OnboardingScreen = preloadable<Record<string, never>>(() =>
  import('../features/onboarding/OnboardingScreen').then((m) => ({ default: m.OnboardingScreen })),
)
// lib/early-start.ts starts loading the shell and the opening tab at launch, alongside session.get.
// Ready only with the opening section too, so the shell's first render paints it (see lib/preloadable.tsx).
const Shell = preloadable<{ session: SessionInfo }>(() =>
  import('./Shell').then(async (m) => {
    await m.openingTabReady
    return { default: m.Shell }
  }),
)

/**
 * Loads the code of the screen a session opens on, so the first render paints it rather than a splash; main.tsx
 * renders once it is in (the launch screen of lib/early-start.ts shows until then).
 */
export function preloadScreenFor(session: SessionInfo): Promise<unknown> {
  return session.mode === 'none' ? OnboardingScreen.preload() : Shell.preload()
}

/** Whether the shell can render without suspending; starts loading it when asked for. */
function useShellReady(wanted: boolean): boolean {
  const [ready, setReady] = useState(Shell.isLoaded)
  useEffect(() => {
    if (!wanted || ready) return
    let live = true
    void Shell.preload().then(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [wanted, ready])
  return ready
}

/** Onboarding until there is a session (real or demo), the app shell after. */
export function SessionGate() {
  const { t } = useTranslation('app')
  const session = useSession()
  const signedIn = session.isSuccess && session.data.mode !== 'none'
  // The splash stays a plain render (not a Suspense fallback) until the shell and its opening section are in.
  const shellReady = useShellReady(signedIn)
  if (session.isPending || (signedIn && !shellReady)) return <Splash />
  if (session.isError) {
    return (
      <Center mih="100dvh" p="xl">
        <Stack maw={460} w="100%">
          <ErrorAlert
            error={session.error}
            title={t('startFailed')}
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
  const { t } = useTranslation('app')
  return (
    <Center mih="100dvh">
      <Stack align="center" gap="md" aria-busy="true">
        <LogoMark size={48} />
        <Loader size="sm" type="dots" />
        <Text size="sm" c="dimmed">
          {t('starting')}
        </Text>
      </Stack>
    </Center>
  )
}
