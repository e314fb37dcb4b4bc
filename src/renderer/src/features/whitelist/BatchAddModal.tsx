import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { ErrorAlert } from '@renderer/lib/errors'
import { MAX_BATCH_IPS } from '@shared/domain/public-ip'
import type { Whitelist, WhitelistProduct } from '@shared/domain/whitelist'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { BatchPreview, BatchResults } from './BatchLines'
import { addressesToSend, batchOutcome, count, type LineOutcome, previewBatch } from './batch'
import { listedKeys } from './ip'
import { useAddIps } from './queries'

interface BatchAddModalProps {
  opened: boolean
  onClose: () => void
  product: WhitelistProduct
  list: Whitelist | undefined
}

/** Paste many addresses, see what each will become, send the good ones in one call, keep the ones that failed. */
export function BatchAddModal({ opened, onClose, product, list }: BatchAddModalProps) {
  // Held outside the modal's content so that closing it never throws away what was pasted.
  const [text, setText] = useState('')
  const [outcomes, setOutcomes] = useState<LineOutcome[] | null>(null)
  const addMany = useAddIps()
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
    setOutcomes(null)
    addMany.reset()
    onClose()
  }
  const send = () => {
    const sent = lines
    addMany.mutate(
      { product, ips },
      {
        onSuccess: (results) => {
          const outcome = batchOutcome(sent, results)
          setOutcomes(outcome.outcomes)
          setText(outcome.remaining)
          const added = results.filter((line) => line.ok).length
          const failed = results.length - added
          notifications.show({
            color: failed ? 'orange' : 'teal',
            message: `${count(added, 'address', 'addresses')} added${failed ? `, ${failed} not added` : ''}`,
          })
        },
      },
    )
  }

  return (
    <Modal opened={opened} onClose={close} title={<Text fw={650}>Add several IPs</Text>} size="lg">
      <Stack gap="md">
        <Textarea
          label="IP addresses"
          description="One per line, or separated by commas or spaces. They are added enabled."
          placeholder={'203.0.113.7\n198.51.100.20, 2001:db8::1'}
          value={text}
          onChange={(event) => edit(event.currentTarget.value)}
          readOnly={addMany.isPending}
          rows={6}
          resize="vertical"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
        />
        {outcomes ? <BatchResults outcomes={outcomes} /> : <BatchPreview lines={lines} />}
        {!outcomes && room !== undefined && ips.length > room ? (
          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} p="sm">
            <Text size="sm">
              Only {count(room, 'slot')} left on this whitelist. Addresses past that will be refused and stay in the box
              for later.
            </Text>
          </Alert>
        ) : null}
        {tooMany ? (
          <Text size="sm" c="red">
            Send at most {MAX_BATCH_IPS} addresses at a time.
          </Text>
        ) : null}
        {addMany.isError ? <ErrorAlert error={addMany.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {outcomes ? 'Done' : 'Cancel'}
          </Button>
          <Button onClick={send} disabled={ips.length === 0 || tooMany} loading={addMany.isPending}>
            Add {count(ips.length, 'address', 'addresses')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
