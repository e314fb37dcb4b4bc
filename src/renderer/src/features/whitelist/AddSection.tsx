import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { Whitelist, WhitelistProduct } from '@shared/domain/whitelist'
import { IconAlertTriangle, IconListDetails, IconWorldSearch } from '@tabler/icons-react'
import { useId } from 'react'
import { AddIpForm } from './AddIpForm'
import { BatchAddModal } from './BatchAddModal'
import { CurrentIpPanel } from './CurrentIpPanel'
import { QuotaBar } from './QuotaBar'
import { usePublicIpLookup } from './queries'

interface AddSectionProps {
  product: WhitelistProduct
  list: Whitelist | undefined
}

/** The plan's allowance and the three ways to add: one address, this computer's address, or a pasted batch. */
export function AddSection({ product, list }: AddSectionProps) {
  const titleId = useId()
  const fullId = useId()
  const lookup = usePublicIpLookup()
  const [batchOpen, batch] = useDisclosure(false)
  const full = list !== undefined && list.remainingLimit <= 0
  const fullNoteId = full ? fullId : undefined

  return (
    <Card component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={3} fz="lg" id={titleId}>
          Add IPs
        </Title>
        <QuotaBar list={list} />
        {full ? (
          <Group gap="xs" wrap="nowrap" c="orange.7">
            <IconAlertTriangle size={18} aria-hidden="true" />
            <Text size="sm" id={fullId}>
              Your plan allows {list.limit} whitelisted IPs for {product} proxies and all are in use. Remove an IP below
              before adding another.
            </Text>
          </Group>
        ) : null}
        <AddIpForm product={product} list={list} fullNoteId={fullNoteId} />
        <Divider label="or" labelPosition="center" />
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconWorldSearch size={16} />}
            onClick={() => lookup.mutate()}
            loading={lookup.isPending}
            disabled={full}
            aria-describedby={fullNoteId}
          >
            Add my current IP
          </Button>
          <Button
            variant="default"
            leftSection={<IconListDetails size={16} />}
            onClick={batch.open}
            disabled={full}
            aria-describedby={fullNoteId}
          >
            Batch add
          </Button>
        </Group>
        <CurrentIpPanel
          key={`${product}:${lookup.submittedAt}`}
          product={product}
          list={list}
          lookup={lookup}
          full={full}
        />
      </Stack>
      <BatchAddModal opened={batchOpen} onClose={batch.close} product={product} list={list} />
    </Card>
  )
}
