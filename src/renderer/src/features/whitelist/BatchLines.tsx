import { Group, List, ScrollArea, Text, ThemeIcon } from '@mantine/core'
import { IconCheck, IconClock, IconCopy, IconMinus, IconPlus, IconQuestionMark, IconX } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './BatchLines.module.css'
import { type BatchLine, type LineOutcome, type LineStatus, tallyOutcomes } from './batch'

const previewLook: Record<LineStatus, { color: string; icon: ReactNode }> = {
  valid: { color: 'teal', icon: <IconPlus size={12} /> },
  invalid: { color: 'red', icon: <IconX size={12} /> },
  repeat: { color: 'gray', icon: <IconCopy size={12} /> },
  listed: { color: 'gray', icon: <IconCheck size={12} /> },
}

const outcomeLook: Record<LineOutcome['result'], { color: string; icon: ReactNode }> = {
  added: { color: 'teal', icon: <IconCheck size={12} /> },
  failed: { color: 'red', icon: <IconX size={12} /> },
  skipped: { color: 'gray', icon: <IconMinus size={12} /> },
  unknown: { color: 'orange', icon: <IconQuestionMark size={12} /> },
  'not-sent': { color: 'gray', icon: <IconClock size={12} /> },
}

function Line({ text, note, color, icon }: { text: string; note: string; color: string; icon: ReactNode }) {
  return (
    <List.Item
      icon={
        <ThemeIcon size={18} radius="xl" variant="light" color={color} aria-hidden="true">
          {icon}
        </ThemeIcon>
      }
    >
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {text}
        </Text>
        <Text size="sm" c={color === 'gray' ? 'dimmed' : undefined} className={classes[color]}>
          {note}
        </Text>
      </Group>
    </List.Item>
  )
}

function Lines({ label, children }: { label: string; children: ReactNode }) {
  return (
    // Focusable: a long list scrolls, and a keyboard user must be able to scroll it too.
    <ScrollArea.Autosize mah={200} type="auto" viewportProps={{ tabIndex: 0 }}>
      <List spacing={4} aria-label={label} center>
        {children}
      </List>
    </ScrollArea.Autosize>
  )
}

/** What each pasted address will become, before anything is sent. */
export function BatchPreview({ lines }: { lines: BatchLine[] }) {
  const { t } = useTranslation('whitelist')
  if (lines.length === 0) return null
  const tally = (status: LineStatus) => lines.filter((line) => line.status === status).length
  const parts = [
    t('batch.tally.toAdd', { count: tally('valid') }),
    tally('invalid') ? t('batch.tally.invalid', { count: tally('invalid') }) : '',
    tally('repeat') ? t('batch.tally.repeat', { count: tally('repeat') }) : '',
    tally('listed') ? t('batch.tally.listed', { count: tally('listed') }) : '',
  ]
  return (
    <>
      <Text size="sm" fw={550}>
        {parts.filter(Boolean).join(' · ')}
      </Text>
      <Lines label={t('batch.previewLabel')}>
        {lines.map((line) => (
          <Line
            key={line.position}
            text={line.text}
            note={t(`batch.status.${line.status}`)}
            {...previewLook[line.status]}
          />
        ))}
      </Lines>
    </>
  )
}

/** "2 addresses added · 1 not added · 3 not sent · 1 to check on the list" */
export function summary(outcomes: LineOutcome[], t: TFunction<'whitelist'>, separator = ' · '): string {
  const { added, failed, unknown, notSent } = tallyOutcomes(outcomes)
  return [
    t('batch.summary.added', { count: added }),
    failed ? t('batch.summary.failed', { count: failed }) : '',
    notSent ? t('batch.summary.notSent', { count: notSent }) : '',
    unknown ? t('batch.summary.unknown', { count: unknown }) : '',
  ]
    .filter(Boolean)
    .join(separator)
}

function note(outcome: LineOutcome, t: TFunction<'whitelist'>): string {
  if (outcome.message) return outcome.message
  if (outcome.reason === 'invalid') return t('batch.outcome.invalid')
  if (outcome.reason === 'noAnswer') return t('batch.outcome.noAnswer')
  if (outcome.reason) return t(`batch.status.${outcome.reason}`)
  return t('batch.outcome.added')
}

/** How each address fared; the failed and unsent ones are back in the text box. */
export function BatchResults({ outcomes }: { outcomes: LineOutcome[] }) {
  const { t } = useTranslation('whitelist')
  const { failed, notSent } = tallyOutcomes(outcomes)
  return (
    <>
      <Text size="sm" fw={550}>
        {summary(outcomes, t)}
      </Text>
      {failed + notSent ? <Text size="sm">{t('batch.backInBox')}</Text> : null}
      <Lines label={t('batch.resultsLabel')}>
        {outcomes.map((outcome) => (
          <Line key={outcome.position} text={outcome.text} note={note(outcome, t)} {...outcomeLook[outcome.result]} />
        ))}
      </Lines>
    </>
  )
}
