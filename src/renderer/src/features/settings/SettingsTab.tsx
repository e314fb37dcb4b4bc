import { PageLayout } from '@renderer/ui/PageLayout'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AboutSection } from './AboutSection'
import { AccountSection } from './AccountSection'
import { AdvancedSection } from './AdvancedSection'
import { PreferencesSection } from './PreferencesSection'

/** Preferences first, then the account, the advanced (API) settings, and About. */
export default function SettingsTab() {
  const { t } = useTranslation('settings')
  // Bumped by "Reset to defaults" so every form starts again from the defaults.
  const [generation, setGeneration] = useState(0)
  return (
    <PageLayout title={t('title')} description={t('description')}>
      <PreferencesSection generation={generation} />
      <AccountSection />
      <AdvancedSection generation={generation} onReset={() => setGeneration((n) => n + 1)} />
      <AboutSection />
    </PageLayout>
  )
}
