import { Button, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { useChannelMutation } from '@renderer/lib/invalidation'
import type { ProxyTestInput } from '@shared/domain/proxy-test'
import { IconPlugConnected } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ProxyTestResult } from './ProxyTestResult'

interface ProxyTestPanelProps {
  /** What to test: a generator endpoint (main fills in the password) or an extract entry; null disables the button. */
  input: ProxyTestInput | null
  /** The button's words (default "Test endpoint"). */
  label?: string
  /** Shown under the button: where the request goes (the IP-echo service's host). */
  echoSource?: string
}

/**
 * The proxy tester, for any screen: one request through the proxy to the IP-echo service, then the exit IP,
 * country and latency, or the failure in words. A result belongs to the input it was made for: a changed input
 * hides it.
 */
export function ProxyTestPanel({ input, label, echoSource }: ProxyTestPanelProps) {
  const { t } = useTranslation('endpoints')
  const test = useChannelMutation('proxy.test')
  const key = input ? JSON.stringify(input) : null
  const current = test.variables !== undefined && JSON.stringify(test.variables) === key
  const overHttp = input?.kind === 'endpoint' && input.endpoint.protocol === 'socks5h'
  const outcome = useRef<HTMLDivElement>(null)
  // The answer may land below the fold (a long form beside it): bring it into view when it arrives.
  useEffect(() => {
    if (test.status === 'success' || test.status === 'error') outcome.current?.scrollIntoView?.({ block: 'nearest' })
  }, [test.status])
  return (
    <Stack gap="sm">
      {echoSource ? (
        <Text size="sm" c="dimmed">
          {t('test.description', { source: echoSource })}
        </Text>
      ) : null}
      <Button
        variant="light"
        leftSection={<IconPlugConnected size={16} aria-hidden="true" />}
        onClick={() => input && test.mutate(input)}
        disabled={!input}
        loading={test.isPending}
        style={{ alignSelf: 'flex-start' }}
      >
        {label ?? t('test.run')}
      </Button>
      <div ref={outcome}>
        {current && test.isSuccess ? <ProxyTestResult result={test.data} overHttp={overHttp} /> : null}
        {current && test.isError ? <ErrorAlert title={t('test.failed')} error={test.error} /> : null}
      </div>
    </Stack>
  )
}
