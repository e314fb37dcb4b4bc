import { Text } from '@mantine/core'
import { call } from '@renderer/lib/api'
import { expiryOf, expirySortValue } from '@renderer/lib/expiry'
import { formatMediumDateTime } from '@renderer/lib/format'
import { type Column, CopyCell, type RowAction, SecretCell } from '@renderer/ui/data-table'
import { ExpiryBadge } from '@renderer/ui/ExpiryBadge'
import type { StaticProduct, StaticProxyFormat, StaticProxyRow } from '@shared/domain/proxies'
import { IconCalendarSearch, IconCopy } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatKey } from './formats'

/**
 * IPv4 in numeric order as a number (a string compare puts .100 before .20, and a collator is slow over 5,000
 * rows); IPv6 after every IPv4, by its first 48 bits (ties keep the list's order).
 */
export function ipSortKey(ip: string): number {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip)
  if (v4) return v4.slice(1).reduce((key, part) => key * 256 + Number(part), 0)
  const [head = '', tail = ''] = ip.toLowerCase().split('::')
  const first = head.split(':').filter(Boolean)
  const last = tail.split(':').filter(Boolean)
  const words = [...first, ...Array(Math.max(0, 8 - first.length - last.length)).fill('0'), ...last]
  return 2 ** 32 + words.slice(0, 3).reduce((key, word) => key * 65_536 + (Number.parseInt(word, 16) || 0), 0)
}

const dateTime = (iso: string | null) => (iso ? formatMediumDateTime(Date.parse(iso)) : '—')

/** The country's name in the UI language where the engine knows its code; the code itself otherwise. */
function regionNamer(locale: string): (code: string | null) => string {
  let names: Intl.DisplayNames | null = null
  try {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
  } catch {
    // An engine without region names: the codes stay.
  }
  // Looked up once per code: the search index and a sort read every row's place (5,000 rows, npm run bench).
  const known = new Map<string, string>()
  const lookUp = (code: string) => {
    try {
      return /^[A-Za-z]{2}$/.test(code) ? (names?.of(code.toUpperCase()) ?? code) : code
    } catch {
      return code
    }
  }
  return (code) => {
    if (!code) return '—'
    let name = known.get(code)
    if (name === undefined) {
      name = lookUp(code)
      known.set(code, name)
    }
    return name
  }
}

/**
 * The list's columns. `now` (ms) dates the "N days left" badges; the password is fetched from main when the
 * user reveals or copies it. Stable while the product, the clock's minute and the language stay the same.
 */
export function useStaticProxyColumns(product: StaticProduct, now: number): Column<StaticProxyRow>[] {
  const { t, i18n } = useTranslation('staticProxies')
  const locale = i18n.language
  return useMemo(() => {
    const country = regionNamer(locale)
    const place = (p: StaticProxyRow) =>
      [p.city, p.country ? country(p.country) : null].filter(Boolean).join(', ') || '—'
    return [
      {
        id: 'ip',
        header: t('columns.ip'),
        priority: 1,
        minWidth: 150,
        cell: (p) => (
          <CopyCell value={p.ip} label={t('table.copyIp', { ip: p.ip })}>
            <Text span size="sm" ff="monospace" fw={600}>
              {p.ip}
            </Text>
          </CopyCell>
        ),
        sortValue: (p) => ipSortKey(p.ip),
        searchValue: (p) => p.ip,
      },
      {
        id: 'port',
        header: t('columns.port'),
        priority: 4,
        width: 72,
        align: 'right',
        cell: (p) => (p.port === null ? '—' : String(p.port)),
        sortValue: (p) => p.port ?? 0,
      },
      {
        id: 'username',
        header: t('columns.username'),
        priority: 3,
        width: 120,
        // Plain text: the row's Copy gives the whole proxy line, and each row mounts anew on every keystroke.
        cell: (p) => (
          <Text size="sm" ff="monospace" truncate>
            {p.username}
          </Text>
        ),
        sortValue: (p) => p.username.toLowerCase(),
        searchValue: (p) => p.username,
      },
      {
        id: 'password',
        header: t('columns.password'),
        priority: 2,
        // Room for a revealed password beside its two buttons.
        width: 160,
        cell: (p) => (
          <SecretCell
            load={async () => (await call('staticProxies.reveal', { product, ip: p.ip })).password}
            label={t('table.passwordFor', { ip: p.ip })}
          />
        ),
      },
      {
        id: 'location',
        header: t('columns.location'),
        priority: 4,
        minWidth: 130,
        cell: (p) => {
          const text = place(p)
          return (
            <Text size="sm" truncate title={text}>
              {text}
            </Text>
          )
        },
        sortValue: place,
        searchValue: (p) => `${place(p)} ${p.country ?? ''}`,
      },
      {
        id: 'purchasedAt',
        header: t('columns.purchasedAt'),
        priority: 6,
        width: 160,
        cell: (p) => dateTime(p.purchasedAt),
        sortValue: (p) => p.purchasedAt ?? '',
      },
      {
        id: 'expiresAt',
        header: t('columns.expiresAt'),
        priority: 3,
        // "2026年11月28日 11:07" whole.
        width: 190,
        cell: (p) => dateTime(p.expiresAt),
        sortValue: (p) => expirySortValue(p.expiresAt),
      },
      {
        id: 'left',
        header: t('columns.left'),
        priority: 2,
        width: 120,
        cell: (p) => {
          const expiry = expiryOf(p.expiresAt, now)
          return <ExpiryBadge expiry={expiry} />
        },
        sortValue: (p) => expirySortValue(p.expiresAt),
      },
    ] satisfies Column<StaticProxyRow>[]
  }, [t, locale, product, now])
}

export type ProxyAction = 'copy' | 'check'

/** Copy (in the format chosen above the table; Enter on a row) and Check expiration, each naming its IP. */
export function useProxyActions(
  format: StaticProxyFormat,
  onAction: (action: ProxyAction, proxy: StaticProxyRow) => void,
): RowAction<StaticProxyRow>[] {
  const { t } = useTranslation('staticProxies')
  return useMemo(() => {
    const formatName = t(formatKey[format])
    return [
      {
        id: 'copy',
        name: t('copy.one'),
        label: (p) => t('copy.oneLabel', { ip: p.ip, format: formatName }),
        icon: <IconCopy size={16} />,
        onClick: (p) => onAction('copy', p),
        primary: true,
      },
      {
        id: 'check',
        name: t('check.row'),
        label: (p) => t('check.rowLabel', { ip: p.ip }),
        icon: <IconCalendarSearch size={16} />,
        onClick: (p) => onAction('check', p),
      },
    ]
  }, [t, format, onAction])
}
