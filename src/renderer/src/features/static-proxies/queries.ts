import { i18n } from '@renderer/lib/i18n'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { notifyFailure, notifySuccess } from '@renderer/lib/notify'
import { channelQuery } from '@renderer/lib/queries'
import type { StaticProduct, StaticProxyFormat } from '@shared/domain/proxies'
import { useQuery } from '@tanstack/react-query'
import { formatKey } from './formats'

export const useStaticProxies = (product: StaticProduct) => useQuery(channelQuery('staticProxies.list', { product }))

const formatName = (format: StaticProxyFormat) => i18n.t(`staticProxies:${formatKey[format]}`)

/** Main fills in the passwords and writes the clipboard; the toast counts what was copied, in which format. */
export function useCopyProxies() {
  return useChannelMutation('staticProxies.copy', {
    onSuccess: ({ count }, { format }) =>
      notifySuccess(i18n.t('staticProxies:copy.done', { count, format: formatName(format) })),
    onError: (error) => notifyFailure(i18n.t('staticProxies:copy.failed'), error),
  })
}

/** The CSV is made in main (the passwords never reach the window) and saved through the browser's download. */
export function useExportCsv() {
  return useChannelMutation('staticProxies.csv', {
    onSuccess: ({ text }, { product }) =>
      // papaparse (behind lib/csv) loads on the first export, not with the tab.
      void import('@renderer/lib/csv').then((csv) => csv.downloadCsv(text, `${product}-proxies.csv`)),
    onError: (error) => notifyFailure(i18n.t('staticProxies:export.failed'), error),
  })
}

/** A read, asked for on demand: each press asks Thordata again. */
export const useCheckExpirations = () => useChannelMutation('staticProxies.expirations')
