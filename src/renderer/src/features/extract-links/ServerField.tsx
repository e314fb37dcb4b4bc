import { Alert, Select } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { serverLinkId } from '@shared/domain/extract'
import type { UnlimitedServer } from '@shared/domain/unlimited'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnlimitedServers } from './queries'

const expired = (server: UnlimitedServer, now: number) =>
  server.expiresAt !== null && Date.parse(server.expiresAt) <= now

interface ServerFieldProps {
  value: string
  onChange: (id: string) => void
  error?: string
}

/** The unlimited server the link lists proxies of; the first one still running is chosen for you. */
export function ServerField({ value, onChange, error }: ServerFieldProps) {
  const { t } = useTranslation('extract')
  const servers = useUnlimitedServers(true)
  const list = servers.data?.servers
  // Expired as of when the list was fetched.
  const asOf = servers.dataUpdatedAt
  const data = useMemo(
    () =>
      (list ?? []).map((s) => {
        const id = serverLinkId(s.planName)
        return { value: id, label: expired(s, asOf) ? t('form.serverExpired', { id: s.planName }) : s.planName }
      }),
    [list, asOf, t],
  )
  useEffect(() => {
    if (value || !list || list.length === 0) return
    const first = list.find((s) => !expired(s, asOf)) ?? list[0]
    onChange(serverLinkId(first.planName))
  }, [value, list, asOf, onChange])

  if (servers.isError)
    return <ErrorAlert title={t('form.serverFailed')} error={servers.error} onRetry={() => servers.refetch()} />
  if (list && list.length === 0) {
    return (
      <Alert variant="light" color="orange" title={t('form.server')}>
        {t('form.serverNone')}
      </Alert>
    )
  }
  return (
    <Select
      label={t('form.server')}
      placeholder={servers.isPending ? t('form.serverLoading') : t('form.serverPlaceholder')}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      error={error}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
