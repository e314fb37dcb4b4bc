import { DataList, Group, Skeleton } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { ExternalLink, links } from '@renderer/lib/external'
import { formatPlatform } from '@renderer/lib/format'
import { IconExternalLink } from '@tabler/icons-react'
import { useAppInfo } from './queries'
import { SettingsSection } from './SettingsSection'
import { UpdaterPanel } from './UpdaterPanel'

export function AboutSection() {
  const info = useAppInfo()
  return (
    <SettingsSection id="settings-about" title="About" description="Version, updates and where to learn more.">
      {info.isError ? (
        <ErrorAlert error={info.error} onRetry={() => void info.refetch()} retrying={info.isFetching} />
      ) : (
        <DataList labelWidth={200} withDivider>
          <DataList.Item>
            <DataList.ItemLabel>Version</DataList.ItemLabel>
            <DataList.ItemValue>{info.data ? info.data.version : <Skeleton h={16} w={80} />}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Platform</DataList.ItemLabel>
            <DataList.ItemValue>
              {info.data ? formatPlatform(info.data.platform) : <Skeleton h={16} w={80} />}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Updates</DataList.ItemLabel>
            <DataList.ItemValue style={{ flex: 1 }}>
              <UpdaterPanel />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Thordata</DataList.ItemLabel>
            <DataList.ItemValue>
              <Group gap="lg">
                <ExternalLink href={links.dashboard} size="sm">
                  Dashboard <IconExternalLink size={13} style={{ verticalAlign: '-2px' }} aria-hidden="true" />
                </ExternalLink>
                <ExternalLink href={links.docs} size="sm">
                  API documentation <IconExternalLink size={13} style={{ verticalAlign: '-2px' }} aria-hidden="true" />
                </ExternalLink>
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </SettingsSection>
  )
}
