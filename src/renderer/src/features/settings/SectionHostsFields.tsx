import { Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ApiSection, HostPreference, SectionHosts } from '@shared/domain/settings'
import { apiSections } from '@shared/domain/settings'

const sectionLabels: Record<ApiSection, string> = {
  account: 'Account (balances, usage)',
  locations: 'Locations',
  proxyUsers: 'Proxy users',
  whitelist: 'Whitelist',
  proxies: 'ISP and datacenter proxies',
  unlimited: 'Unlimited servers',
  cdk: 'CDK codes',
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url.trim() || 'not set'
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
  const noFallback = props.fallbackUrl.trim() === ''
  const options = [
    { value: 'main', label: `API base URL first (${hostOf(props.mainUrl)})` },
    { value: 'fallback', label: `Fallback first (${hostOf(props.fallbackUrl)})` },
  ]
  return (
    <Stack gap="sm">
      <Title order={4} fz="md">
        Address per section
      </Title>
      <Text size="sm" c="dimmed">
        Which address each part of the API tries first; the other one is tried when the first cannot be reached or does
        not serve that part. The defaults follow Thordata's documentation.
        {noFallback ? ' With no fallback address, every part uses the API base URL.' : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {apiSections.map((section) => (
          <Select
            key={section}
            label={sectionLabels[section]}
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
