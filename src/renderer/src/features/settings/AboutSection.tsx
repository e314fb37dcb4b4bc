import { DataList, Group, Skeleton } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { ExternalLink, links } from '@renderer/lib/external'
import { formatPlatform } from '@renderer/lib/format'
import { IconExternalLink } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useAppInfo } from './queries'
import { SettingsSection } from './SettingsSection'
import { UpdaterPanel } from './UpdaterPanel'

export function AboutSection() {
  const { t } = useTranslation('settings')
  const info = useAppInfo()
  return (
    <SettingsSection id="settings-about" title={t('about.title')} description={t('about.description')}>
      {info.isError ? (
        <ErrorAlert error={info.error} onRetry={() => void info.refetch()} retrying={info.isFetching} />
      ) : (
        <DataList labelWidth={200} withDivider>
          <DataList.Item>
            <DataList.ItemLabel>{t('about.version')}</DataList.ItemLabel>
            <DataList.ItemValue>{info.data ? info.data.version : <Skeleton h={16} w={80} />}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('about.platform')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {info.data ? formatPlatform(info.data.platform) : <Skeleton h={16} w={80} />}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('about.updates')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ flex: 1 }}>
              <UpdaterPanel />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('about.thordata')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Group gap="lg">
                <ExternalLink href={links.dashboard} size="sm">
                  {t('about.dashboard')}{' '}
                  <IconExternalLink size={13} style={{ verticalAlign: '-2px' }} aria-hidden="true" />
                </ExternalLink>
                <ExternalLink href={links.docs} size="sm">
                  {t('about.docs')} <IconExternalLink size={13} style={{ verticalAlign: '-2px' }} aria-hidden="true" />
                </ExternalLink>
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </SettingsSection>
  )
}
