import { Badge } from '@mantine/core'
import type { Expiry, ExpiryState } from '@renderer/lib/expiry'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

/** The colour of each urgency; the words carry it too, for who cannot tell the colours. */
export const expiryColors: Record<ExpiryState, string> = { expired: 'red', soon: 'orange', ok: 'teal', unknown: 'gray' }

/** "Expired" / "Expires today" / "Under a day left" (it ends tomorrow) / "5 days left" / "No date". */
export function expiryText(t: TFunction<'common'>, { state, days, endsToday }: Expiry): string {
  if (state === 'unknown' || days === null) return t('expiry.unknown')
  // How long ago stays in the date beside it: the badge is about what to do.
  if (state === 'expired') return t('expiry.expired')
  if (days === 0) return endsToday ? t('expiry.today') : t('expiry.underDay')
  return t('expiry.left', { count: days })
}

/** The expiry in words, coloured by how urgent it is. */
export function ExpiryBadge({ expiry }: { expiry: Expiry }) {
  const { t } = useTranslation('common')
  return (
    <Badge variant="light" color={expiryColors[expiry.state]} radius="sm" style={{ textTransform: 'none' }}>
      {expiryText(t, expiry)}
    </Badge>
  )
}
