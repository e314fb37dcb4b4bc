import { Box, Button, Group, Stack, Text, Title } from '@mantine/core'
import { formatClock } from '@renderer/lib/format'
import { IconRefresh } from '@tabler/icons-react'
import { type ReactNode, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { QueryLike } from './QueryView'

export interface PageLayoutProps {
  /** The screen's one h1. */
  title: string
  description?: ReactNode
  /** The product switch (ProductSwitch), always in the same place under the title. */
  productSwitch?: ReactNode
  /** The queries the page shows: "Updated hh:mm" is the oldest of their answers, Refresh refetches them all. */
  queries?: readonly QueryLike<unknown>[]
  /** Replaces refetching each query, e.g. when main refreshes and pushes the new values itself. */
  onRefresh?: () => void
  /** More buttons beside Refresh (Add user, Export). */
  actions?: ReactNode
  /** 'main' when the page itself is the window's main landmark; inside the shell's <main> it is a region. */
  component?: 'main' | 'section'
  children: ReactNode
}

/** The frame of every tab: title, product switch, last update and Refresh, then the content. */
export function PageLayout({
  title,
  description,
  productSwitch,
  queries = [],
  onRefresh,
  actions,
  component = 'section',
  children,
}: PageLayoutProps) {
  const titleId = useId()
  return (
    <Stack gap="lg" component={component} aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-end" gap="sm" mih={52}>
        <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
          <Title order={1} fz={24} id={titleId}>
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          ) : null}
        </Stack>
        <Group gap="sm" wrap="nowrap" style={{ flex: 'none' }}>
          {queries.length > 0 ? <RefreshControl queries={queries} onRefresh={onRefresh} /> : null}
          {actions}
        </Group>
      </Group>
      {productSwitch ? <Box>{productSwitch}</Box> : null}
      {children}
    </Stack>
  )
}

/** The time of the oldest answer on the page (a figure shown is never older than it says), or 0 before any. */
export function updatedAt(queries: readonly Pick<QueryLike<unknown>, 'dataUpdatedAt'>[]): number {
  const times = queries.map((query) => query.dataUpdatedAt).filter((time) => time > 0)
  return times.length ? Math.min(...times) : 0
}

function RefreshControl({ queries, onRefresh }: { queries: readonly QueryLike<unknown>[]; onRefresh?: () => void }) {
  const { t } = useTranslation()
  const time = updatedAt(queries)
  const refresh = onRefresh ?? (() => queries.forEach((query) => void query.refetch()))
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
        {time ? t('state.updatedAt', { time: formatClock(time) }) : ''}
      </Text>
      <Button
        variant="default"
        leftSection={<IconRefresh size={16} aria-hidden="true" />}
        onClick={refresh}
        loading={queries.some((query) => query.isFetching)}
        loaderProps={{ type: 'dots' }}
      >
        {t('actions.refresh')}
      </Button>
    </>
  )
}
