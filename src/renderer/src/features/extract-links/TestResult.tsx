import { ActionIcon, Alert, Button, Group, List, ScrollArea, Stack, Text } from '@mantine/core'
import { useSecondsLeft } from '@renderer/lib/countdown'
import { ErrorAlert } from '@renderer/lib/errors'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { useOpenTab } from '@renderer/lib/navigation'
import { CopyButton } from '@renderer/ui/CopyButton'
import { ProxyTestPanel } from '@renderer/ui/proxy-test/ProxyTestPanel'
import type { ExtractedProxy, ExtractProduct, ExtractTestResult } from '@shared/domain/extract'
import { labelKey } from '@shared/products'
import { IconCircleCheck, IconClock, IconPlugConnected, IconSettings, IconShieldPlus } from '@tabler/icons-react'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'

export const entryText = (p: ExtractedProxy) => (p.host.includes(':') ? `[${p.host}]:${p.port}` : `${p.host}:${p.port}`)

interface TestResultProps {
  product: ExtractProduct
  accountName: string | null
  result: ExtractTestResult
  /** When a 111 asks to wait: the moment the wait is over (ms since epoch). */
  waitUntil: number | null
  /** Test again (a 111's retry waits out the rest of the 2 s first). */
  onRetest: () => void
  retesting: boolean
  now?: () => number
}

/** What testing the link found, with each refusal's own way out. */
export function TestResult({ result, ...props }: TestResultProps) {
  const { t } = useTranslation('extract')
  return (
    <Stack gap="sm" role="region" aria-label={t('result.label')}>
      {result.outcome === 'ok' ? (
        <Proxies proxies={result.proxies} product={props.product} />
      ) : (
        <Refusal result={result} {...props} />
      )}
    </Stack>
  )
}

/** The list: each entry copyable, and one at a time tried through the proxy tester (src/renderer/src/ui/proxy-test). */
function Proxies({ proxies, product }: { proxies: ExtractedProxy[]; product: ExtractProduct }) {
  const { t } = useTranslation('extract')
  const lines = proxies.map(entryText)
  const [trying, setTrying] = useState<ExtractedProxy | null>(null)
  return (
    <>
      <Group gap={8} wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden="true" />
          <Text size="sm" role="status">
            {proxies.length === 0 ? t('result.empty') : t('result.ok', { count: proxies.length })}
          </Text>
        </Group>
        {lines.length > 1 ? (
          <CopyButton value={lines.join('\n')} label={t('result.copyAll')} text={t('result.copyAll')} />
        ) : null}
      </Group>
      <EntriesBox count={lines.length}>
        <List listStyleType="none" spacing={2} aria-label={t('result.label')}>
          {lines.map((line, i) => (
            <List.Item key={line}>
              <Group gap={4} wrap="nowrap">
                <CopyButton value={line} label={t('result.copyEntry', { entry: line })} />
                <ActionIcon
                  variant={trying === proxies[i] ? 'light' : 'subtle'}
                  color="gray"
                  onClick={() => setTrying(proxies[i])}
                  aria-label={t('result.testThroughEntry', { entry: line })}
                  title={t('result.testThroughEntry', { entry: line })}
                  aria-pressed={trying === proxies[i]}
                >
                  <IconPlugConnected size={16} aria-hidden="true" />
                </ActionIcon>
                <Text ff="monospace" size="sm">
                  {line}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </EntriesBox>
      {trying ? (
        <ProxyTestPanel
          input={{ kind: 'entry', entry: { product, host: trying.host, port: trying.port } }}
          label={t('result.testThroughEntry', { entry: entryText(trying) })}
        />
      ) : null}
    </>
  )
}

/** Entries shown whole up to this many; a longer list scrolls, with a scrollbar that is always visible. */
export const ENTRIES_SHOWN_WHOLE = 20

function EntriesBox({ count, children }: { count: number; children: ReactNode }) {
  if (count <= ENTRIES_SHOWN_WHOLE) return <>{children}</>
  return (
    <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars data-testid="extract-entries-scroll">
      {children}
    </ScrollArea.Autosize>
  )
}

type Refused = Extract<ExtractTestResult, { outcome: 'refused' }>

function Refusal({
  result,
  product,
  accountName,
  waitUntil,
  onRetest,
  retesting,
  now,
}: Omit<TestResultProps, 'result'> & { result: Refused }) {
  const { t } = useTranslation(['extract', 'common'])
  const openTab = useOpenTab()
  const seconds = useSecondsLeft(result.code === 111 ? waitUntil : null, now)
  const whitelist = useChannelMutation('whitelist.add')
  const publicIp = useChannelMutation('whitelist.publicIp')
  const productName = t(labelKey(product))

  const whitelistAndRetest = async () => {
    const ip = result.ip ?? (await publicIp.mutateAsync(undefined)).ip
    await whitelist.mutateAsync({ product, ip, enabled: true })
    onRetest()
  }

  switch (result.code) {
    case 111:
      return (
        <Alert
          variant="light"
          color="orange"
          icon={<IconClock size={18} aria-hidden="true" />}
          title={t('result.wait')}
        >
          <Stack gap="xs">
            <Text size="sm" role="timer" aria-live="polite">
              {seconds > 0 ? t('result.waiting', { count: seconds }) : result.message}
            </Text>
            <Group>
              <Button size="xs" variant="default" onClick={onRetest} loading={retesting}>
                {seconds > 0 ? t('result.retryAfterWait') : t('result.retry')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )
    case 114:
      return (
        <Alert variant="light" color="orange" title={t('result.nothing')}>
          <Text size="sm">{t('result.loosen')}</Text>
        </Alert>
      )
    case 117:
      return (
        <Alert
          variant="light"
          color="red"
          icon={<IconShieldPlus size={18} aria-hidden="true" />}
          title={
            result.ip
              ? t('result.notListedIp', { ip: result.ip, product: productName })
              : t('result.notListed', { product: productName })
          }
        >
          <Stack gap="xs">
            <Group>
              <Button
                size="xs"
                onClick={() => void whitelistAndRetest().catch(() => undefined)}
                loading={whitelist.isPending || publicIp.isPending || retesting}
              >
                {result.ip ? t('result.whitelist', { ip: result.ip }) : t('result.whitelistMine')}
              </Button>
            </Group>
            {whitelist.isError || publicIp.isError ? (
              <ErrorAlert title={t('result.whitelistFailed')} error={whitelist.error ?? publicIp.error} />
            ) : null}
          </Stack>
        </Alert>
      )
    case 118:
      return (
        <Alert variant="light" color="red" title={t('result.wrongName', { name: accountName ?? '' })}>
          <Stack gap="xs">
            <Text size="sm">{result.message}</Text>
            <Group>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconSettings size={14} aria-hidden="true" />}
                onClick={() => openTab('settings')}
              >
                {t('result.wrongNameFix')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )
    case 121:
      return (
        <Alert variant="light" color="red" title={t('result.expired')}>
          <Text size="sm">{result.message}</Text>
        </Alert>
      )
  }
}

export function TestFailure({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation('extract')
  return <ErrorAlert title={t('result.failed')} error={error} onRetry={onRetry} retrying={retrying} />
}
