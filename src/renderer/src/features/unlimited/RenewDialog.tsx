import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core'
import { formatMediumDate } from '@renderer/lib/format'
import { FactTable } from '@renderer/ui/FactTable'
import { type RenewalPackageId, renewalPackages, type UnlimitedServer } from '@shared/domain/unlimited'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrderDialog } from './OrderDialog'
import { formatExpiry, serverLines } from './OrderParts'

const DAY_MS = 86_400_000
const DEFAULT_PACKAGE: RenewalPackageId = 8

/**
 * When the server should expire after renewing for `days`: the period is added to the current expiry, or to now
 * once that has passed. Expected, not promised: Thordata's reply does not carry the new date.
 */
export function expectedExpiry(expiresAt: string | null, days: number, now: number): string | null {
  const current = expiresAt === null ? Number.NaN : Date.parse(expiresAt)
  if (!Number.isFinite(current)) return null
  return new Date(Math.max(current, now) + days * DAY_MS).toISOString()
}

/** Renewal (reference §7.4): one of the documented periods, paid from the wallet after an explicit confirmation. */
export function RenewDialog({ server, onClose }: { server: UnlimitedServer | null; onClose: () => void }) {
  // Keyed by server: each opening starts from the default period.
  return <RenewFlow key={server?.insId ?? 'closed'} server={server} onClose={onClose} />
}

function RenewFlow({ server, onClose }: { server: UnlimitedServer | null; onClose: () => void }) {
  const { t } = useTranslation('unlimited')
  const [packageId, setPackageId] = useState<RenewalPackageId>(DEFAULT_PACKAGE)
  const [now] = useState(() => Date.now())
  const pkg = renewalPackages.find((p) => p.id === packageId) ?? renewalPackages[2]
  const period = t('renew.days', { count: pkg.days })
  const expired = server?.expiresAt ? Date.parse(server.expiresAt) < now : false
  const newExpiry = server ? formatExpiry(expectedExpiry(server.expiresAt, pkg.days, now)) : null

  const choice = server ? (
    <Stack gap="md">
      <FactTable label={t('order.server')} facts={serverLines(server, t)} />
      {expired ? (
        <Text size="sm" c="orange">
          {t('renew.expired')}
        </Text>
      ) : null}
      <Radio.Group
        label={t('renew.period')}
        value={String(packageId)}
        onChange={(value) => setPackageId(Number(value) as RenewalPackageId)}
      >
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" mt="xs">
          {renewalPackages.map((option) => (
            <Radio.Card key={option.id} value={String(option.id)} px="xs" py="sm" radius="md">
              <Group gap={8} wrap="nowrap" align="flex-start">
                <Radio.Indicator size="sm" mt={2} />
                <Stack gap={0} miw={0}>
                  <Text fw={600} size="sm">
                    {t('renew.days', { count: option.days })}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatShortExpiry(expectedExpiry(server.expiresAt, option.days, now))}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  ) : null

  const notSent = t('order.unknown')
  return (
    <OrderDialog
      opened={server !== null}
      onClose={onClose}
      title={t('renew.title', { name: server?.planName ?? '' })}
      channel="unlimited.renew"
      choice={choice}
      order={
        server
          ? {
              input: { insId: server.insId, packageId },
              lines: [
                ...serverLines(server, t).slice(0, 2),
                {
                  label: t('renew.period'),
                  value: (
                    <Text span fw={650} size="sm">
                      {period}
                    </Text>
                  ),
                },
                {
                  label: t('order.expires'),
                  value: (
                    <>
                      {t('upgrade.change', {
                        from: formatExpiry(server.expiresAt) ?? notSent,
                        to: newExpiry ?? notSent,
                      })}{' '}
                      <Text span size="xs" c="dimmed">
                        {t('renew.expected')}
                      </Text>
                    </>
                  ),
                },
              ],
              notes: [t('order.price'), t('renew.newExpiryHint')],
            }
          : null
      }
      confirmLabel={t('renew.confirm', { period })}
      placedSummary={t('renew.done', { name: server?.planName ?? '', period })}
    />
  )
}

/** The date only, under each period: enough to compare them. */
const formatShortExpiry = (iso: string | null): string => (iso ? formatMediumDate(iso) : '—')
