import { Progress, Stack, Text } from '@mantine/core'
import { subscribe } from '@renderer/lib/api'
import type { BatchProgress } from '@shared/domain/public-ip'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { waitSeconds } from './batch'

let lastBatch = 0
/** A name for one batch, unique within this window: main's progress events and the cancel carry it. */
export const newBatchId = () => `batch-${Date.now().toString(36)}-${++lastBatch}`

/**
 * The latest progress main reported for the batch being watched. The subscription lives as long as the view, and
 * `watch` is called before the batch is sent, so even its first report is caught.
 */
export function useBatchProgress() {
  const watched = useRef<string | null>(null)
  const [progress, setProgress] = useState<BatchProgress | null>(null)
  useEffect(
    () =>
      subscribe('whitelist.batchProgress', (next) => {
        if (next.batchId === watched.current) setProgress(next)
      }),
    [],
  )
  const watch = useCallback((batchId: string | null) => {
    watched.current = batchId
    setProgress(null)
  }, [])
  return { progress, watch }
}

/** "12 of 40 sent", a bar, and the wait while Thordata asks to slow down. */
export function BatchProgressView({ progress, total }: { progress: BatchProgress | null; total: number }) {
  const { t } = useTranslation('whitelist')
  const sent = progress?.sent ?? 0
  const of = progress?.total ?? total
  const waiting = progress?.waitingMs
  return (
    <Stack gap={6}>
      <Progress
        value={of ? (sent / of) * 100 : 0}
        aria-label={t('batch.progress.label')}
        color={waiting ? 'orange' : undefined}
        size="md"
        animated={!waiting}
        striped
      />
      <Text size="sm" fw={550} aria-live="polite">
        {t('batch.progress.sent', { sent, total: of })}
        {waiting ? ` · ${t('batch.progress.waiting', { seconds: waitSeconds(waiting) })}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {t('batch.progress.pace')}
      </Text>
    </Stack>
  )
}
