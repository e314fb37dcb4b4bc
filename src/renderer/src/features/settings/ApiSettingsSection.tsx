import { Skeleton, Stack } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { ApiSettingsForm } from './ApiSettingsForm'
import { useSettings } from './queries'
import { SettingsSection } from './SettingsSection'

export function ApiSettingsSection() {
  const settings = useSettings()
  return (
    <SettingsSection
      id="settings-api"
      title="Thordata API"
      description="How the app reaches Thordata and reads its figures. The defaults follow Thordata's documentation."
    >
      {settings.isError ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
      ) : settings.isPending ? (
        <Stack gap="lg" aria-busy="true">
          <Skeleton h={56} />
          <Skeleton h={120} />
          <Skeleton h={56} />
        </Stack>
      ) : (
        <ApiSettingsForm saved={settings.data} />
      )}
    </SettingsSection>
  )
}
