import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import type { Whitelist, WhitelistProduct } from '@shared/domain/whitelist'
import { IconCircleCheck, IconPlus, IconWorld } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isListed } from './ip'
import { useAddIp, type usePublicIpLookup } from './queries'

interface CurrentIpPanelProps {
  product: WhitelistProduct
  list: Whitelist | undefined
  lookup: ReturnType<typeof usePublicIpLookup>
  /** Adding is not possible now (plan full, list unreadable). */
  blocked: boolean
  full: boolean
  onAdded: (ip: string) => void
}

/** What the lookup found, and a one-click add of exactly that address. Keyed per lookup by its parent. */
export function CurrentIpPanel({ product, list, lookup, blocked, full, onAdded }: CurrentIpPanelProps) {
  const { t } = useTranslation('whitelist')
  const add = useAddIp()
  const found = lookup.data

  if (lookup.isError) {
    return (
      <ErrorAlert
        title={t('myIp.failed')}
        error={lookup.error}
        onRetry={() => lookup.mutate()}
        retrying={lookup.isPending}
      />
    )
  }
  if (!found) return null
  const listed = isListed(list, found.ip)
  const addIt = () => {
    add.mutate({ product, ip: found.ip, enabled: true })
    onAdded(found.ip)
  }
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconWorld size={18} aria-hidden="true" />}
      withCloseButton
      closeButtonLabel={t('myIp.dismiss')}
      onClose={() => lookup.reset()}
      aria-label={t('myIp.region')}
      p="sm"
    >
      <Stack gap="xs">
        <Group gap="sm" justify="space-between">
          <Text size="sm">{t('myIp.found', { ip: found.ip, source: found.source })}</Text>
          {add.isPending || (!listed && !blocked) ? (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={addIt}
              loading={add.isPending}
            >
              {t('myIp.add', { ip: found.ip })}
            </Button>
          ) : null}
        </Group>
        {listed && !add.isPending ? (
          <Group gap={6} wrap="nowrap">
            <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden="true" />
            <Text size="sm">
              {add.isSuccess ? t('myIp.added', { ip: found.ip }) : t('myIp.listed', { ip: found.ip })}
            </Text>
          </Group>
        ) : null}
        {!listed && full && !add.isPending ? <Text size="sm">{t('myIp.full')}</Text> : null}
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </Alert>
  )
}
