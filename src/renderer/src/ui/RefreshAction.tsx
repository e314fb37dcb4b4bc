import { Button, Text } from '@mantine/core'
import { formatClock } from '@renderer/lib/format'
import { IconRefresh } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'

/** "Updated HH:mm" and a Refresh button for the queries a view shows; refetching never touches other views. */
export function RefreshAction({ queries }: { queries: UseQueryResult<unknown>[] }) {
  const fetching = queries.some((query) => query.isFetching)
  const updatedAt = Math.max(0, ...queries.map((query) => query.dataUpdatedAt))
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite" miw={96} ta="right" style={{ whiteSpace: 'nowrap' }}>
        {updatedAt ? `Updated ${formatClock(updatedAt)}` : ''}
      </Text>
      <Button
        flex="none"
        variant="default"
        leftSection={<IconRefresh size={16} />}
        onClick={() => {
          for (const query of queries) void query.refetch()
        }}
        loading={fetching}
        loaderProps={{ type: 'dots' }}
      >
        Refresh
      </Button>
    </>
  )
}
