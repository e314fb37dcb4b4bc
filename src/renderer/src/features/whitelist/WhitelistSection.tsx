import { Card, EmptyState, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { ErrorAlert } from '@renderer/lib/errors'
import type { Whitelist, WhitelistProduct } from '@shared/domain/whitelist'
import { IconSearch, IconShieldCheck } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { DeleteIpModal } from './DeleteIpModal'
import { IpTable } from './IpTable'
import { useDeleteIp } from './queries'

interface WhitelistSectionProps {
  product: WhitelistProduct
  query: UseQueryResult<Whitelist>
}

export function WhitelistSection({ product, query }: WhitelistSectionProps) {
  const titleId = useId()
  const [search, setSearch] = useState('')
  const [target, setTarget] = useState<string | null>(null)
  const [confirmOpen, confirm] = useDisclosure(false)
  const remove = useDeleteIp()
  const entries = query.data?.entries ?? []

  const askToDelete = (ip: string) => {
    setTarget(ip)
    confirm.open()
  }
  const onConfirm = (ip: string) => {
    confirm.close()
    remove.mutate({ product, ip })
  }

  return (
    <Card component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="md" wrap="wrap">
        <Title order={3} fz="lg" id={titleId}>
          Whitelisted IPs
        </Title>
        {entries.length > 0 ? (
          <TextInput
            aria-label="Search IPs"
            placeholder="Search IPs"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={240}
          />
        ) : null}
      </Group>
      <SectionBody query={query} search={search} onDelete={askToDelete} />
      <DeleteIpModal
        opened={confirmOpen}
        ip={target}
        product={product}
        onCancel={confirm.close}
        onConfirm={onConfirm}
      />
    </Card>
  )
}

interface SectionBodyProps {
  query: UseQueryResult<Whitelist>
  search: string
  onDelete: (ip: string) => void
}

function SectionBody({ query, search, onDelete }: SectionBodyProps) {
  if (query.isError) {
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  }
  if (query.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label="Loading whitelisted IPs">
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} h={28} />
        ))}
      </Stack>
    )
  }
  const { entries } = query.data
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<IconShieldCheck size={28} />}
        withIndicatorBackground
        title="No whitelisted IPs yet"
        description="Until you add one, every connection to these proxies needs a proxy user's username and password."
        py="xl"
      />
    )
  }
  const term = search.trim().toLowerCase()
  const shown = term ? entries.filter((entry) => entry.ip.toLowerCase().includes(term)) : entries
  if (shown.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="lg" size="sm">
        No whitelisted IP matches “{search.trim()}”
      </Text>
    )
  }
  return <IpTable entries={shown} onDelete={onDelete} />
}
