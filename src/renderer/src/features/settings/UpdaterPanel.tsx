import { Button, Group, Progress, Skeleton, Stack, Switch, Text, ThemeIcon } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { formatClock } from '@renderer/lib/format'
import { useInstallOnQuit, useInstallUpdate, useUpdaterAction, useUpdaterStatus } from '@renderer/lib/updater'
import type { UpdaterStatus } from '@shared/domain/app'
import { IconAlertCircle, IconCircleCheck, IconDownload, IconInfoCircle, IconRocket } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSettings, useUpdateSettings } from './queries'
import { ReleaseNotes } from './ReleaseNotes'

/** Check → download → restart, following main's updater state (pushed through the updater.status event). */
export function UpdaterPanel() {
  const status = useUpdaterStatus()
  const check = useUpdaterAction('updater.check')
  const download = useUpdaterAction('updater.download')
  const install = useInstallUpdate()
  const failed = [check, download, install].find((action) => action.isError)

  if (status.isPending) return <Skeleton h={36} w={280} />
  if (status.isError) {
    return <ErrorAlert error={status.error} onRetry={() => void status.refetch()} retrying={status.isFetching} />
  }

  return (
    <Stack gap="sm" data-testid="updater-panel" data-state={status.data.state}>
      <StatusLine
        status={status.data}
        onCheck={() => check.mutate()}
        checking={check.isPending}
        onDownload={() => download.mutate()}
        downloading={download.isPending}
        // One click, one install: the button stays busy until the app quits.
        onInstall={() => install.isIdle && install.mutate()}
        installing={!install.isIdle && !install.isError}
      />
      {'notes' in status.data && status.data.notes ? <ReleaseNotes notes={status.data.notes} /> : null}
      {status.data.state === 'unsupported' ? null : <AutoDownloadSwitch />}
      {failed?.error ? <ErrorAlert error={failed.error} /> : null}
    </Stack>
  )
}

function AutoDownloadSwitch() {
  const { t } = useTranslation('settings')
  const settings = useSettings()
  const update = useUpdateSettings()
  return (
    <Switch
      size="sm"
      label={t('updater.autoDownload')}
      description={t('updater.autoDownloadDescription')}
      checked={update.isPending ? !settings.data?.autoDownloadUpdates : (settings.data?.autoDownloadUpdates ?? true)}
      disabled={!settings.data || update.isPending}
      onChange={(event) => update.mutate({ autoDownloadUpdates: event.currentTarget.checked })}
    />
  )
}

interface StatusLineProps {
  status: UpdaterStatus
  onCheck: () => void
  checking: boolean
  onDownload: () => void
  downloading: boolean
  onInstall: () => void
  installing: boolean
}

function StatusLine({ status, onCheck, checking, onDownload, downloading, onInstall, installing }: StatusLineProps) {
  const { t } = useTranslation('settings')
  const checkButton = (label: string, loading = checking) => (
    <Button variant="default" size="xs" onClick={onCheck} loading={loading}>
      {label}
    </Button>
  )
  switch (status.state) {
    case 'unsupported':
      return <Line icon={<IconInfoCircle size={16} />} color="gray" text={status.reason} />
    case 'idle':
      return (
        <Line
          icon={<IconInfoCircle size={16} />}
          color="gray"
          text={t('updater.notChecked')}
          action={checkButton(t('updater.check'))}
        />
      )
    case 'checking':
      return (
        <Line
          icon={<IconInfoCircle size={16} />}
          color="gray"
          text={t('updater.checking')}
          action={checkButton(t('updater.check'), true)}
        />
      )
    case 'up-to-date':
      return (
        <Line
          icon={<IconCircleCheck size={16} />}
          color="teal"
          text={t('updater.upToDate', { time: formatClock(Date.parse(status.checkedAt)) })}
          action={checkButton(t('updater.checkAgain'))}
        />
      )
    case 'available':
      return (
        <Line
          icon={<IconDownload size={16} />}
          color="brand"
          text={t('updater.available', { version: status.version })}
          action={
            <Button size="xs" onClick={onDownload} loading={downloading}>
              {t('updater.download')}
            </Button>
          }
        />
      )
    case 'downloading':
      return (
        <Stack gap={6}>
          <Line
            icon={<IconDownload size={16} />}
            color="brand"
            text={t('updater.downloading', { version: status.version, percent: Math.round(status.percent) })}
          />
          <Progress value={status.percent} size="sm" aria-label={t('updater.progress')} maw={420} />
        </Stack>
      )
    case 'ready':
      return <ReadyLine version={status.version} onInstall={onInstall} installing={installing} />
    case 'error':
      return (
        <Line
          icon={<IconAlertCircle size={16} />}
          color="red"
          text={status.message}
          action={checkButton(t('updater.tryAgain'))}
        />
      )
  }
}

function ReadyLine({
  version,
  onInstall,
  installing,
}: {
  version: string
  onInstall: () => void
  installing: boolean
}) {
  const { t } = useTranslation('settings')
  const [deferred, defer] = useInstallOnQuit(version)
  return (
    <Line
      icon={<IconRocket size={16} />}
      color="teal"
      text={deferred ? t('updater.willInstallOnQuit', { version }) : t('updater.ready', { version })}
      action={
        <Group gap="xs" wrap="nowrap">
          {deferred ? null : (
            <Button variant="default" size="xs" onClick={defer}>
              {t('updater.installOnQuit')}
            </Button>
          )}
          <Button size="xs" onClick={onInstall} loading={installing}>
            {t('updater.restartNow')}
          </Button>
        </Group>
      }
    />
  )
}

function Line({ icon, color, text, action }: { icon: ReactNode; color: string; text: string; action?: ReactNode }) {
  return (
    <Group gap="sm" wrap="wrap" justify="space-between" mih={30}>
      <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 240px' }}>
        <ThemeIcon size={24} radius="xl" variant="light" color={color} aria-hidden="true">
          {icon}
        </ThemeIcon>
        <Text size="sm" c={color === 'gray' ? 'dimmed' : undefined}>
          {text}
        </Text>
      </Group>
      {action}
    </Group>
  )
}
