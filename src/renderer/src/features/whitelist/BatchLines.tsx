import { Group, List, ScrollArea, Text, ThemeIcon } from '@mantine/core'
import { IconCheck, IconClock, IconCopy, IconMinus, IconPlus, IconQuestionMark, IconX } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { type BatchLine, count, type LineOutcome, type LineStatus, statusLabels, tallyOutcomes } from './batch'

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
        <Text size="sm" c={color === 'gray' ? 'dimmed' : color}>
          {note}
        </Text>
      </Group>
    </List.Item>
  )
}

function Lines({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScrollArea.Autosize mah={220} type="auto">
      <List spacing={4} aria-label={label} center>
        {children}
      </List>
    </ScrollArea.Autosize>
  )
}

/** What each pasted address will become, before anything is sent. */
export function BatchPreview({ lines }: { lines: BatchLine[] }) {
  if (lines.length === 0) return null
  const tally = (status: LineStatus) => lines.filter((line) => line.status === status).length
  const parts = [
    `${tally('valid')} to add`,
    tally('invalid') ? count(tally('invalid'), 'not an IP', 'not IPs') : '',
    tally('repeat') ? `${tally('repeat')} repeated` : '',
    tally('listed') ? `${tally('listed')} already listed` : '',
  ]
  return (
    <>
      <Text size="sm" fw={550}>
        {parts.filter(Boolean).join(' · ')}
      </Text>
      <Lines label="Preview">
        {lines.map((line) => (
          <Line key={line.position} text={line.text} note={statusLabels[line.status]} {...previewLook[line.status]} />
        ))}
      </Lines>
    </>
  )
}

/** "2 addresses added · 1 not added · 3 not sent · 1 to check on the list" */
export function summary(outcomes: LineOutcome[]): string {
  const { added, failed, unknown, notSent } = tallyOutcomes(outcomes)
  return [
    `${count(added, 'address', 'addresses')} added`,
    failed ? `${failed} not added` : '',
    notSent ? `${notSent} not sent` : '',
    unknown ? `${unknown} to check on the list` : '',
  ]
    .filter(Boolean)
    .join(' · ')
}

/** How each address fared; the failed and unsent ones are back in the text box. */
export function BatchResults({ outcomes }: { outcomes: LineOutcome[] }) {
  const { failed, notSent } = tallyOutcomes(outcomes)
  return (
    <>
      <Text size="sm" fw={550}>
        {summary(outcomes)}
        {failed + notSent ? ': the ones not added are back in the box above to fix and send again' : ''}
      </Text>
      <Lines label="Results">
        {outcomes.map((outcome) => (
          <Line key={outcome.position} text={outcome.text} note={outcome.message} {...outcomeLook[outcome.result]} />
        ))}
      </Lines>
    </>
  )
}
