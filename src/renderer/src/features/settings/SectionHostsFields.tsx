import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { HostPreference, SectionHosts } from '@shared/domain/settings'
import { apiSections } from '@shared/domain/settings'
import { useTranslation } from 'react-i18next'

function hostOf(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return url.trim() || null
  }
}

/**
 * Which of the two addresses each part of the API tries first. Thordata's docs and SDKs put whitelist and CDK on
 * api.thordata.com (the fallback by default) and the rest on openapi.thordata.com; the other address follows.
 */
export function SectionHostsFields(props: {
  value: SectionHosts
  mainUrl: string
  fallbackUrl: string
  onChange: (next: SectionHosts) => void
}) {
  const { t } = useTranslation('settings')
  const noFallback = props.fallbackUrl.trim() === ''
  const host = (url: string) => hostOf(url) ?? t('hosts.notSet')
  const options = [
    { value: 'main', label: t('hosts.main', { host: host(props.mainUrl) }) },
    { value: 'fallback', label: t('hosts.fallback', { host: host(props.fallbackUrl) }) },
  ]
  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        {t('hosts.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('hosts.body')}
        {noFallback ? ` ${t('hosts.noFallback')}` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {apiSections.map((section) => (
          <Select
            key={section}
            label={t(`hosts.section.${section}`)}
            data={options}
            allowDeselect={false}
            disabled={noFallback}
            value={props.value[section]}
            onChange={(choice) => choice && props.onChange({ ...props.value, [section]: choice as HostPreference })}
          />
        ))}
      </SimpleGrid>
    </Stack>
  )
}
