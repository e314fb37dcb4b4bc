import { Alert, Text } from '@mantine/core'
import { formatDateTime } from '@renderer/lib/format'
import { currentLocale } from '@renderer/lib/i18n'
import { channelQuery } from '@renderer/lib/queries'
import type { BalanceUnitCheck, BalanceUnitStatus } from '@shared/domain/balance-unit'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

const units = ['B', 'KB', 'MB', 'GB'] as const

/** The unit choices for the two unit fields: the balance's automatic check first (its default), then each unit. */
export function useUnitOptions() {
  const { t } = useTranslation('settings')
  const usageUnits = units.map((value) => ({ value, label: t(`units.${value}`) }))
  return { balanceUnits: [{ value: 'auto', label: t('units.auto') }, ...usageUnits], usageUnits }
}

type T = TFunction<'settings'>
const number = (value: number) => new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 3 }).format(value)
const when = (iso: string) => formatDateTime(Date.parse(iso))
const balance = (t: T, check: BalanceUnitCheck) => t('balanceUnit.balance', { value: number(check.balance.value) })
const usage = (t: T, check: BalanceUnitCheck) =>
  t('balanceUnit.usage', { value: number(check.usage.value), unit: check.usage.unit })
const matched = (t: T, check: BalanceUnitCheck) =>
  t('balanceUnit.matched', { when: when(check.balance.at), balance: balance(t, check), usage: usage(t, check) })

export function explain({ applied: unit, check, source }: BalanceUnitStatus, t: T): { warn: boolean; text: string } {
  if (source === 'demo') return { warn: false, text: t('balanceUnit.demo', { unit }) }
  if (check?.verdict === 'mismatch') {
    const showing =
      source === 'manual'
        ? t('balanceUnit.showingManual', { unit })
        : source === 'found'
          ? t('balanceUnit.showingFound', { unit })
          : t('balanceUnit.showingDocumented', { unit })
    const when_ = when(check.balance.at)
    return {
      warn: true,
      text: t('balanceUnit.mismatch', { when: when_, balance: balance(t, check), usage: usage(t, check), showing }),
    }
  }
  if (source === 'manual') {
    if (!check) return { warn: false, text: t('balanceUnit.manual', { unit }) }
    return check.unit === unit
      ? { warn: false, text: t('balanceUnit.manualAgrees', { unit, matched: matched(t, check) }) }
      : { warn: true, text: t('balanceUnit.manualDiffers', { unit, found: check.unit, matched: matched(t, check) }) }
  }
  if (source === 'found' && check) {
    return { warn: false, text: t('balanceUnit.found', { unit, matched: matched(t, check) }) }
  }
  return { warn: false, text: t('balanceUnit.pending', { unit }) }
}

/** Under the balance-unit field: what the automatic check found, or why it warns. */
export function BalanceUnitNotice() {
  const { t } = useTranslation('settings')
  const status = useQuery(channelQuery('account.balanceUnit'))
  if (!status.data) return null
  const { warn, text } = explain(status.data, t)
  return warn ? (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconAlertTriangle size={18} aria-hidden="true" />}
      p="sm"
      title={t('balanceUnit.checkTitle')}
    >
      <Text size="sm">{text}</Text>
    </Alert>
  ) : (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  )
}
