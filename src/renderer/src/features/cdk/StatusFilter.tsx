import { SegmentedControl } from '@mantine/core'
import type { Cdk, CdkStatus } from '@shared/domain/cdk'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export type StatusChoice = 'all' | CdkStatus

const choices: StatusChoice[] = ['all', 'unused', 'used', 'revoked']

export const withStatus = (cdks: readonly Cdk[], choice: StatusChoice) =>
  choice === 'all' ? cdks : cdks.filter((cdk) => cdk.status === choice)

/** All / Unused / Redeemed / Revoked, each with how many codes it holds. */
export function StatusFilter({
  cdks,
  value,
  onChange,
}: {
  cdks: readonly Cdk[]
  value: StatusChoice
  onChange: (value: StatusChoice) => void
}) {
  const { t } = useTranslation('cdk')
  const data = useMemo(
    () =>
      choices.map((choice) => ({
        value: choice,
        label: t(`filter.${choice}`, { count: withStatus(cdks, choice).length }),
      })),
    [cdks, t],
  )
  return (
    <SegmentedControl
      aria-label={t('filter.label')}
      data={data}
      value={value}
      onChange={(next) => onChange(next as StatusChoice)}
      style={{ alignSelf: 'flex-start' }}
    />
  )
}
