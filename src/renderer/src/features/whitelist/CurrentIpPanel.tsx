import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import type { PublicIp } from '@shared/domain/public-ip'
import type { Whitelist, WhitelistProduct } from '@shared/domain/whitelist'
import { IconCircleCheck, IconPlus, IconWorld } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { isListed } from './ip'
import { useAddIp, type usePublicIpLookup } from './queries'

interface CurrentIpPanelProps {
  product: WhitelistProduct
  list: Whitelist | undefined
  lookup: ReturnType<typeof usePublicIpLookup>
  full: boolean
}

/** What the lookup found, and a one-click add of exactly that address. Keyed per lookup by its parent. */
export function CurrentIpPanel({ product, list, lookup, full }: CurrentIpPanelProps) {
  const add = useAddIp()
  const found = lookup.data

  if (lookup.isError) {
    return (
      <ErrorAlert
        title="Could not look up your public IP"
        error={lookup.error}
        onRetry={() => lookup.mutate()}
        retrying={lookup.isPending}
      />
    )
  }
  if (!found) return null
  return (
    <Alert
      variant="light"
      color="blue"
      icon={<IconWorld size={18} />}
      title="This computer"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => lookup.reset()}
      aria-label="Your public IP"
    >
      <Stack gap="sm">
        <Text size="sm">
          Your public IP is {found.ip} (via {found.source})
        </Text>
        <CurrentIpAction found={found} listed={isListed(list, found.ip)} just={add.isSuccess} full={full}>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => add.mutate({ product, ip: found.ip, enabled: true })}
            loading={add.isPending}
          >
            Add {found.ip}
          </Button>
        </CurrentIpAction>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </Alert>
  )
}

interface CurrentIpActionProps {
  found: PublicIp
  listed: boolean
  just: boolean
  full: boolean
  children: ReactNode
}

function CurrentIpAction({ found, listed, just, full, children }: CurrentIpActionProps) {
  if (listed) {
    return (
      <Group gap={6}>
        <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden="true" />
        <Text size="sm">
          {just
            ? `${found.ip} is now on the whitelist.`
            : `${found.ip} is already on the whitelist, so there is nothing to add.`}
        </Text>
      </Group>
    )
  }
  if (full) return <Text size="sm">The whitelist is full; remove an IP below to make room for this one.</Text>
  return <Group>{children}</Group>
}
