import { Alert, Box, Button, Group, ScrollArea, Stack, Text } from '@mantine/core'
import { exportCsv } from '@renderer/lib/csv'
import { formatTraffic } from '@renderer/lib/format'
import { CopyButton } from '@renderer/ui/CopyButton'
import { CDK_TRAFFIC_UNIT, type CreateCdkInput } from '@shared/domain/cdk'
import { fromBytes } from '@shared/traffic'
import { IconDownload } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './Cdk.module.css'

interface CreatedCodesProps {
  input: CreateCdkInput
  codes: readonly string[]
  onDone: () => void
}

/** Step 3: the new codes, to copy all at once or save as CSV, and what they took from the balance. */
export function CreatedCodes({ input, codes, onDone }: CreatedCodesProps) {
  const { t } = useTranslation('cdk')
  const listId = useId()
  const each = formatTraffic(input.trafficBytes)
  const total = formatTraffic(input.trafficBytes * input.count)
  const save = () =>
    exportCsv(
      codes,
      [
        { header: t('created.csvCode'), csv: (code) => code },
        {
          header: t('created.csvTraffic', { unit: CDK_TRAFFIC_UNIT }),
          csv: () => fromBytes(input.trafficBytes, CDK_TRAFFIC_UNIT),
        },
      ],
      `cdk-codes-new-${codes.length}.csv`,
    )
  return (
    <Stack gap="md">
      <Text size="sm">{t('created.body', { each, total })}</Text>
      {codes.length === 0 ? (
        <Alert color="orange" variant="light" role="note">
          {t('created.notReturned')}
        </Alert>
      ) : (
        <Stack gap={6}>
          <Text size="sm" fw={600} id={listId}>
            {t('created.codesLabel')}
          </Text>
          <ScrollArea.Autosize mah={220} type="auto">
            <Box component="ul" aria-labelledby={listId} className={classes.codes}>
              {codes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </Box>
          </ScrollArea.Autosize>
        </Stack>
      )}
      <Group justify="flex-end" gap="sm">
        {codes.length > 0 ? (
          <>
            <CopyButton
              value={codes.join('\n')}
              label={t('created.copyAllLabel', { count: codes.length })}
              text={t('created.copyAll')}
            />
            <Button variant="light" leftSection={<IconDownload size={16} aria-hidden="true" />} onClick={save}>
              {t('created.exportCsv')}
            </Button>
          </>
        ) : null}
        <Button onClick={onDone} data-autofocus>
          {t('created.done')}
        </Button>
      </Group>
    </Stack>
  )
}
