import { Alert, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ProxyTestResult as Result } from '@shared/domain/proxy-test'
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface ResultProps {
  result: Result
  /** The endpoint asked for socks5h: the tester spoke HTTP to the same gateway. */
  overHttp: boolean
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  )
}

/** What one request through the proxy found: the exit IP, its country, the latency, and how it was made. */
export function ProxyTestResult({ result, overHttp }: ResultProps) {
  const { t } = useTranslation('endpoints')
  return (
    <Stack gap="xs" aria-live="polite">
      <Group gap={6}>
        <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden="true" />
        <Text fw={600} size="sm">
          {t('test.ok')}
        </Text>
      </Group>
      <SimpleGrid cols={2} spacing="sm">
        <Figure label={t('test.exitIp')} value={result.exitIp} testId="proxy-test-ip" />
        <Figure label={t('test.country')} value={result.country ?? t('test.notReported')} testId="proxy-test-country" />
        <Figure
          label={t('test.latency')}
          value={t('test.latencyValue', { ms: result.latencyMs })}
          testId="proxy-test-latency"
        />
        <Figure label={t('test.through')} value={result.proxy} testId="proxy-test-through" />
      </SimpleGrid>
      {result.simulated || overHttp ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden="true" />} p="xs">
          <Stack gap={2}>
            {result.simulated ? <Text size="xs">{t('test.simulated', { proxy: result.proxy })}</Text> : null}
            {overHttp ? <Text size="xs">{t('test.overHttp')}</Text> : null}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  )
}
