import { Stack } from '@mantine/core'
import { PageHeader } from '@renderer/ui/PageHeader'
import { AboutSection } from './AboutSection'
import { AccountSection } from './AccountSection'
import { ApiSettingsSection } from './ApiSettingsSection'

export default function SettingsTab() {
  return (
    <Stack gap="lg">
      <PageHeader title="Settings" description="Your account connection, how the app talks to Thordata, and updates" />
      <AccountSection />
      <ApiSettingsSection />
      <AboutSection />
    </Stack>
  )
}
