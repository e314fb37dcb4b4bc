import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { QueryLike } from '@renderer/ui/QueryView'
import type { Whitelist, WhitelistProduct } from '@shared/domain/whitelist'
import { labelKey } from '@shared/products'
import { IconAlertTriangle, IconListDetails, IconWorldSearch } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { AddIpForm } from './AddIpForm'
import { BatchAddModal } from './BatchAddModal'
import { CurrentIpPanel } from './CurrentIpPanel'
import { usePublicIpLookup } from './queries'

/** Why nothing can be added right now, if so: the list is not there to check against, or the plan is full. */
export function addBlocked(query: QueryLike<Whitelist>): 'loading' | 'unreadable' | 'full' | null {
  if (query.isError) return 'unreadable'
  if (query.data === undefined) return 'loading'
  return query.data.remainingLimit <= 0 ? 'full' : null
}

interface AddBarProps {
  product: WhitelistProduct
  query: QueryLike<Whitelist>
  onAdded: (ip: string) => void
}

/** The three ways to add, in one compact bar above the list: one address, this computer's, or a pasted batch. */
export function AddBar({ product, query, onAdded }: AddBarProps) {
  const { t } = useTranslation(['whitelist', 'common'])
  const reasonId = useId()
  const lookup = usePublicIpLookup()
  const [batchOpen, batch] = useDisclosure(false)
  const list = query.data
  const blocked = addBlocked(query)
  const blockedBy = blocked ? reasonId : undefined

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-start" wrap="wrap">
        <AddIpForm product={product} list={list} blockedBy={blockedBy} onAdded={onAdded} />
        <Group gap="sm" wrap="nowrap" style={{ flex: 'none' }}>
          <Button
            variant="default"
            leftSection={<IconWorldSearch size={16} aria-hidden="true" />}
            onClick={() => lookup.mutate()}
            loading={lookup.isPending}
            disabled={Boolean(blocked)}
            aria-describedby={blockedBy}
          >
            {t('myIp.open')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconListDetails size={16} aria-hidden="true" />}
            onClick={batch.open}
            disabled={Boolean(blocked)}
            aria-describedby={blockedBy}
          >
            {t('batch.open')}
          </Button>
        </Group>
      </Group>
      <BlockedReason id={reasonId} blocked={blocked} list={list} product={product} />
      <CurrentIpPanel
        key={`${product}:${lookup.submittedAt}`}
        product={product}
        list={list}
        lookup={lookup}
        blocked={Boolean(blocked)}
        full={blocked === 'full'}
        onAdded={onAdded}
      />
      <BatchAddModal opened={batchOpen} onClose={batch.close} product={product} list={list} />
    </Stack>
  )
}

interface BlockedReasonProps {
  id: string
  blocked: ReturnType<typeof addBlocked>
  list: Whitelist | undefined
  product: WhitelistProduct
}

function BlockedReason({ id, blocked, list, product }: BlockedReasonProps) {
  const { t } = useTranslation(['whitelist', 'common'])
  // While loading the skeleton below says enough; the reason is still there for the disabled buttons.
  if (blocked === 'loading') {
    return (
      <VisuallyHidden id={id} component="span">
        {t('add.loading')}
      </VisuallyHidden>
    )
  }
  if (!blocked) return null
  const text =
    blocked === 'full'
      ? t('quota.full', { limit: list?.limit ?? 0, product: t(labelKey(product)) })
      : t('add.unreadable')
  return (
    <Group gap="xs" wrap="nowrap">
      <IconAlertTriangle
        size={16}
        aria-hidden="true"
        color="var(--mantine-color-orange-filled)"
        style={{ flex: 'none' }}
      />
      <Text size="sm" id={id}>
        {text}
      </Text>
    </Group>
  )
}
