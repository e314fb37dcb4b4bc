import { Center, Loader, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { useSession } from '@renderer/lib/session'
import { LogoMark } from '@renderer/ui/LogoMark'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'

// Both screens are split from the entry so the first paint needs only React, Mantine's base and the query client.
const OnboardingScreen = lazy(() =>
  import('../features/onboarding/OnboardingScreen').then((m) => ({ default: m.OnboardingScreen })),
)
// lib/early-start.ts starts loading the shell and the opening tab at launch, alongside session.get.
const Shell = lazy(() => import('./Shell').then((m) => ({ default: m.Shell })))

/** Onboarding until there is a session (real or demo), the app shell after. */
export function SessionGate() {
  const { t } = useTranslation('app')
  const session = useSession()
  if (session.isPending) return <Splash />
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
