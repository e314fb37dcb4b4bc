import { Alert, Text } from '@mantine/core'
import { channelQuery } from '@renderer/lib/queries'
import type { BalanceUnitCheck, BalanceUnitStatus } from '@shared/domain/balance-unit'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import dayjs from 'dayjs'

/** The balance-unit choices: the automatic check first (the default), then each unit by hand. */
export const balanceUnitOptions = [
  { value: 'auto', label: 'Automatic (check against the usage report)' },
  { value: 'B', label: 'Bytes (B)' },
  { value: 'KB', label: 'Kilobytes (KB)' },
  { value: 'MB', label: 'Megabytes (MB)' },
  { value: 'GB', label: 'Gigabytes (GB)' },
]

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 3 })
const when = (iso: string) => dayjs(iso).format('MMM D, HH:mm')
const balance = (check: BalanceUnitCheck) => `the balance (${number(check.balance.value)})`
const usage = (check: BalanceUnitCheck) => `the usage report (${number(check.usage.value)} ${check.usage.unit})`
const matched = (check: BalanceUnitCheck) => `on ${when(check.balance.at)} ${balance(check)} matched ${usage(check)}`

function explain({ applied, check, source }: BalanceUnitStatus): { warn: boolean; text: string } {
  if (source === 'demo') {
    return {
      warn: false,
      text: `Demo mode reads the balance in ${applied}, as documented; the check runs on a real account.`,
    }
  }
  if (check?.verdict === 'mismatch') {
    const showing =
      source === 'manual'
        ? `showing ${applied} as set`
        : source === 'found'
          ? `still showing ${applied} as found before`
          : `showing ${applied} as documented`
    return {
      warn: true,
      text: `On ${when(check.balance.at)} ${balance(check)} and ${usage(check)} disagreed by a factor no unit explains; ${showing}. Choose the unit by hand if the figure looks wrong.`,
    }
  }
  if (source === 'manual') {
    if (!check) return { warn: false, text: `Set by hand: ${applied}.` }
    return check.unit === applied
      ? { warn: false, text: `Set by hand: ${applied}, and the check agrees: ${matched(check)}.` }
      : {
          warn: true,
          text: `Set by hand: ${applied}, but the check found ${check.unit}: ${matched(check)}. Choose Automatic to follow it.`,
        }
  }
  if (source === 'found' && check) return { warn: false, text: `Automatic: ${applied} — ${matched(check)}.` }
  return {
    warn: false,
    text: `Automatic: ${applied} as documented, until the Account tab has loaded the balance and the usage report to compare.`,
  }
}

/** Under the balance-unit field: what the automatic check found, or why it warns. */
export function BalanceUnitNotice() {
  const status = useQuery(channelQuery('account.balanceUnit'))
  if (!status.data) return null
  const { warn, text } = explain(status.data)
  return warn ? (
    <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />} p="sm" title="Check the balance unit">
      <Text size="sm">{text}</Text>
    </Alert>
  ) : (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  )
}
