import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { notifySuccess, notifyWarning } from '@renderer/lib/notify'
import { Dialog } from '@renderer/ui/Dialog'
import { MAX_BATCH_IPS } from '@shared/domain/public-ip'
import type { Whitelist, WhitelistProduct } from '@shared/domain/whitelist'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BatchPreview, BatchResults, summary } from './BatchLines'
import classes from './BatchLines.module.css'
import { BatchProgressView, newBatchId, useBatchProgress } from './BatchProgress'
import { addressesToSend, batchOutcome, type LineOutcome, previewBatch, tallyOutcomes } from './batch'
import { listedKeys } from './ip'
import { useAddIps, useCancelBatch } from './queries'

interface BatchAddModalProps {
  opened: boolean
  onClose: () => void
  product: WhitelistProduct
  list: Whitelist | undefined
}

/**
 * Paste many addresses, see what each will become, send the good ones in one call (main paces it and reports
 * progress), cancel it if need be, keep the ones that failed or were not sent.
 */
export function BatchAddModal({ opened, onClose, product, list }: BatchAddModalProps) {
  const { t } = useTranslation('whitelist')
  // Held outside the dialog's content so that closing it never throws away what was pasted.
  const [text, setText] = useState('')
  const [outcomes, setOutcomes] = useState<LineOutcome[] | null>(null)
  const addMany = useAddIps()
  const cancel = useCancelBatch()
  const [batchId, setBatchId] = useState<string | null>(null)
  const { progress, watch } = useBatchProgress()
  const running = addMany.isPending
  const listed = useMemo(() => listedKeys(list), [list])
  const lines = useMemo(() => previewBatch(text, listed), [text, listed])
  const ips = addressesToSend(lines)
  const tooMany = ips.length > MAX_BATCH_IPS
  const room = list?.remainingLimit

  const edit = (value: string) => {
    setText(value)
    setOutcomes(null)
  }
  const close = () => {
    // While a batch runs, the way out is Cancel: closing would leave it sending out of sight.
    if (running) return
    setOutcomes(null)
    addMany.reset()
    cancel.reset()
    onClose()
  }
  const send = () => {
    const sent = lines
    // Watched before the call goes out, so the first report is not missed.
    const id = newBatchId()
    watch(id)
    setBatchId(id)
    cancel.reset()
    addMany.mutate(
      { product, ips, batchId: id },
      {
        onSuccess: (results) => {
          const outcome = batchOutcome(sent, results)
          setOutcomes(outcome.outcomes)
          setText(outcome.remaining)
          // The notification counts the addresses sent; the lines that were not IPs are in the results.
          const answered = outcome.outcomes.filter((_, index) => sent[index].status === 'valid')
          const { failed, unknown, notSent } = tallyOutcomes(answered)
          const message = summary(answered, t, ', ')
          if (failed + unknown + notSent) notifyWarning(message)
          else notifySuccess(message)
        },
        onSettled: () => {
          watch(null)
          setBatchId(null)
        },
      },
    )
  }

  return (
    <Dialog
      opened={opened}
      onClose={close}
      title={t('batch.title')}
      size="lg"
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
    >
      <Stack gap="md">
        <Textarea
          label={t('batch.field')}
          description={t('batch.hint')}
          placeholder={'203.0.113.7\n198.51.100.20, 2001:db8::1'}
          value={text}
          onChange={(event) => edit(event.currentTarget.value)}
          readOnly={running}
          rows={5}
          resize="vertical"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
        />
        {running ? (
          <BatchProgressView progress={progress} total={ips.length} />
        ) : outcomes ? (
          <BatchResults outcomes={outcomes} />
        ) : (
          <BatchPreview lines={lines} />
        )}
        {!running && !outcomes && room !== undefined && ips.length > room ? (
          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} aria-hidden="true" />} p="sm">
            <Text size="sm">{t('batch.room', { count: room })}</Text>
          </Alert>
        ) : null}
        {tooMany ? (
          <Text size="sm" className={classes.red}>
            {t('batch.tooMany', { max: MAX_BATCH_IPS })}
          </Text>
        ) : null}
        {addMany.isError ? <ErrorAlert error={addMany.error} /> : null}
        {cancel.isError ? <ErrorAlert error={cancel.error} /> : null}
        <Group justify="flex-end" gap="sm">
          {running ? (
            <Button
              variant="default"
              onClick={() => batchId && cancel.mutate({ batchId })}
              loading={cancel.isPending}
              disabled={cancel.isSuccess}
            >
              {cancel.isSuccess ? t('batch.cancelling') : t('batch.cancel')}
            </Button>
          ) : (
            <Button variant="default" onClick={close}>
              {outcomes ? t('batch.done') : t('batch.cancel')}
            </Button>
          )}
          <Button onClick={send} disabled={ips.length === 0 || tooMany} loading={running}>
            {t('batch.send', { count: ips.length })}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  )
}
