import { Card, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

interface StatCardProps {
  label: string
  icon: ReactNode
  color?: string
  /** One of: the figure, loading, or the error. */
  value?: ReactNode
  footer?: ReactNode
  loading: boolean
  error: unknown
  onRetry: () => void
  retrying: boolean
}

/** The loading/error props of a StatCard fed by one query. */
export function queryCardState(query: UseQueryResult<unknown>) {
  return {
    loading: query.isPending,
    error: query.isError ? query.error : null,
    onRetry: () => void query.refetch(),
    retrying: query.isFetching,
  }
}

/** A headline figure card with the same footprint whether it is loading, failed or filled. */
export function StatCard({ label, icon, color, value, footer, loading, error, onRetry, retrying }: StatCardProps) {
  return (
    <Card mih={156} component="section" aria-label={label}>
      <Group justify="space-between" wrap="nowrap" mb="sm">
        <Text size="sm" c="dimmed" fw={550}>
          {label}
        </Text>
        <ThemeIcon variant="light" radius="md" size={34} color={color}>
          {icon}
        </ThemeIcon>
      </Group>
      {error ? (
        <ErrorAlert error={error} onRetry={onRetry} retrying={retrying} />
      ) : loading ? (
        <Stack gap={10} mt={4}>
          <Skeleton h={34} w="60%" />
          <Skeleton h={14} w="80%" />
        </Stack>
      ) : (
        <Stack gap={6}>
          <Text fz={32} fw={700} lh={1.15} style={{ letterSpacing: '-0.02em', fontVariantNumeric: 'tabular-nums' }}>
            {value}
          </Text>
          {footer ? (
            <Text size="sm" c="dimmed" component="div">
              {footer}
            </Text>
          ) : null}
        </Stack>
      )}
    </Card>
  )
}
