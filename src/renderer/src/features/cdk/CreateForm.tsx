import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import type { FieldErrors } from '@renderer/lib/form'
import { formatNumber, formatTraffic } from '@renderer/lib/format'
import { CDK_TRAFFIC_UNIT } from '@shared/domain/cdk'
import { IconInfoCircle } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './Cdk.module.css'
import { CreateOutcomeUnknown } from './CreateOutcome'
import { type CreateFormValues, totalBytes } from './create-form'

interface CreateFormProps {
  values: CreateFormValues
  errors: FieldErrors<CreateFormValues>
  setValue: <K extends keyof CreateFormValues & string>(field: K, value: CreateFormValues[K]) => void
  /** The traffic balance in bytes, once loaded. */
  balanceBytes: number | undefined
  /** A refusal of the last try that belongs to no one field. */
  formError: { error: unknown; title: string } | null
  onReview: () => void
  onCancel: () => void
}

/** Step 1: how much traffic each code carries (in the CDK unit, said out loud) and how many codes; the total. */
export function CreateForm({ values, errors, setValue, balanceBytes, formError, onReview, onCancel }: CreateFormProps) {
  const { t } = useTranslation(['cdk', 'common'])
  const total = totalBytes(values)
  const over = total !== null && balanceBytes !== undefined && total > balanceBytes
  const unit = CDK_TRAFFIC_UNIT
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onReview()
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('create.title')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NumberInput
            label={t('create.traffic')}
            description={t('create.trafficUnit', { unit })}
            value={values.traffic}
            onChange={(value) => setValue('traffic', value)}
            error={errors.traffic}
            min={1}
            allowNegative={false}
            allowDecimal={false}
            rightSection={
              <Text size="sm" c="dimmed" aria-hidden="true">
                {unit}
              </Text>
            }
            rightSectionWidth={44}
            data-autofocus
          />
          <NumberInput
            label={t('create.count')}
            description={t('create.countHint')}
            value={values.count}
            onChange={(value) => setValue('count', value)}
            error={errors.count}
            min={1}
            allowNegative={false}
            allowDecimal={false}
          />
        </SimpleGrid>
        <Alert variant="light" color="gray" role="note" icon={<IconInfoCircle size={18} aria-hidden="true" />}>
          <Text size="sm">{t('create.unitNote', { unit })}</Text>
        </Alert>
        <Stack gap={4} aria-live="polite">
          <Text size="sm" fw={600}>
            {total === null
              ? t('create.totalPending')
              : t('create.total', {
                  countText: formatNumber(Number(values.count)),
                  each: formatTraffic(total / Number(values.count)),
                  total: formatTraffic(total),
                })}
          </Text>
          {balanceBytes !== undefined ? (
            <Text size="sm" c={over ? undefined : 'dimmed'} className={over ? classes.over : undefined}>
              {over
                ? t('create.overBalance', { balance: formatTraffic(balanceBytes) })
                : t('create.balance', { balance: formatTraffic(balanceBytes) })}
            </Text>
          ) : null}
        </Stack>
        {formError ? <ErrorAlert error={formError.error} title={formError.title} /> : null}
        <CreateOutcomeUnknown />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit">{t('create.review')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
