import { Button, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core'
import { formatMediumDateTime, formatTraffic } from '@renderer/lib/format'
import { CopyButton } from '@renderer/ui/CopyButton'
import { Dialog } from '@renderer/ui/Dialog'
import { QueryView } from '@renderer/ui/QueryView'
import type { Cdk, CdkDetails as Details } from '@shared/domain/cdk'
import { IconBan } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { durationDays, StatusBadge } from './columns'
import { useCdkDetails } from './queries'

const when = (iso: string) => formatMediumDateTime(Date.parse(iso))

interface CdkDetailsProps {
  /** The code to show; null keeps the dialog closed. */
  code: string | null
  onClose: () => void
  onRevoke: (cdk: Cdk) => void
}

/** One code as Thordata has it now: status, traffic, how long it lasts, and who redeemed it and when. */
export function CdkDetails({ code, onClose, onRevoke }: CdkDetailsProps) {
  const { t } = useTranslation('cdk')
  const info = useCdkDetails(code)
  return (
    <Dialog opened={code !== null} onClose={onClose} title={t('details.title', { code: code ?? '' })} size="lg">
      <QueryView query={info} skeleton={<DetailsSkeleton />}>
        {(cdk) => (
          <Stack gap="lg">
            <DetailsList cdk={cdk} />
            <Group justify="flex-end" gap="sm">
              <CopyButton
                value={cdk.code}
                label={t('details.copy', { code: cdk.code })}
                text={t('details.copyShort')}
              />
              {cdk.status === 'unused' ? (
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconBan size={16} aria-hidden="true" />}
                  onClick={() => {
                    onClose()
                    onRevoke(cdk)
                  }}
                >
                  {t('actions.revoke')}
                </Button>
              ) : null}
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('details.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </QueryView>
    </Dialog>
  )
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  )
}

function DetailsList({ cdk }: { cdk: Details }) {
  const { t } = useTranslation('cdk')
  const redeemed = cdk.status === 'used'
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md" m={0}>
      <Item term={t('details.code')}>
        <Text span ff="monospace" size="sm">
          {cdk.code}
        </Text>
      </Item>
      <Item term={t('details.status')}>
        <StatusBadge status={cdk.status} />
      </Item>
      <Item term={t('details.traffic')}>{formatTraffic(cdk.trafficBytes)}</Item>
      <Item term={t('details.duration')}>
        {cdk.durationSeconds > 0 ? t('days', { count: durationDays(cdk) }) : '—'}
      </Item>
      <Item term={t('details.created')}>{cdk.createdAt ? when(cdk.createdAt) : '—'}</Item>
      <Item term={t('details.usedBy')}>
        {cdk.usedBy ?? (cdk.status === 'revoked' ? t('details.revoked') : t('details.notYet'))}
      </Item>
      <Item term={t('details.usedAt')}>{redeemed && cdk.usedAt ? when(cdk.usedAt) : '—'}</Item>
    </SimpleGrid>
  )
}

function DetailsSkeleton() {
  const { t } = useTranslation('cdk')
  return (
    <SimpleGrid cols={2} spacing="md" role="status" aria-busy="true" aria-label={t('details.loading')}>
      {[0, 1, 2, 3, 4, 5].map((cell) => (
        <Skeleton key={cell} h={40} />
      ))}
    </SimpleGrid>
  )
}
