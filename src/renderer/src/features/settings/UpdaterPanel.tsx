import { Button, Group, Progress, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { formatClock } from '@renderer/lib/format'
import type { UpdaterStatus } from '@shared/domain/app'
import { IconAlertCircle, IconCircleCheck, IconDownload, IconInfoCircle, IconRocket } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useInstallUpdate, useUpdaterAction, useUpdaterStatus } from './queries'

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
    <Stack gap="sm">
      <StatusLine
        status={status.data}
        onCheck={() => check.mutate()}
        checking={check.isPending}
        onDownload={() => download.mutate()}
        downloading={download.isPending}
        onInstall={() => install.mutate()}
        installing={install.isPending}
      />
      {failed?.error ? <ErrorAlert error={failed.error} /> : null}
    </Stack>
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
  const checkButton = (label: string) => (
    <Button variant="default" size="xs" onClick={onCheck} loading={checking}>
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
          action={
            <Button variant="default" size="xs" loading>
              {t('updater.check')}
            </Button>
          }
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
      return (
        <Line
          icon={<IconRocket size={16} />}
          color="teal"
          text={t('updater.ready', { version: status.version })}
          action={
            <Button size="xs" onClick={onInstall} loading={installing}>
              {t('updater.install')}
            </Button>
          }
        />
      )
    case 'error':
      return (
        <Line
          icon={<IconAlertCircle size={16} />}
          color="red"
          text={t('updater.failed', { message: status.message })}
          action={checkButton(t('updater.tryAgain'))}
        />
      )
  }
}

function Line({ icon, color, text, action }: { icon: ReactNode; color: string; text: string; action?: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between" mih={30}>
      <Group gap="xs" wrap="nowrap">
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
