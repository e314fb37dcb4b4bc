import { Box, Button, Group, Text } from '@mantine/core'
import { toAppError } from '@renderer/lib/api'
import { ErrorAlert, isCredentialsRejected } from '@renderer/lib/errors'
import { formatAge } from '@renderer/lib/format'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** What QueryView needs from a query result (a whole `useQuery` result fits). */
export type QueryLike<T> = Pick<
  UseQueryResult<T>,
  'data' | 'error' | 'isPending' | 'isError' | 'isFetching' | 'dataUpdatedAt' | 'refetch'
>

export type QueryViewState = 'loading' | 'error' | 'credentials' | 'empty' | 'data' | 'stale'

/**
 * Which of its states a view is in. A failed refresh with figures on screen is 'stale' (they stay, dimmed); a
 * rejected token or key is 'credentials' whether or not there are figures: the window's banner speaks for it.
 */
export function queryViewState<T>(query: QueryLike<T>, isEmpty?: (data: T) => boolean): QueryViewState {
  const hasData = query.data !== undefined
  if (query.isError && isCredentialsRejected(query.error)) return 'credentials'
  if (query.isError) return hasData ? 'stale' : 'error'
  if (!hasData) return 'loading'
  return isEmpty?.(query.data as T) ? 'empty' : 'data'
}

export interface QueryViewProps<T> {
  query: QueryLike<T>
  /** The loading placeholder, in the shape of what will come (so nothing jumps when it does). */
  skeleton: ReactNode
  children: (data: T) => ReactNode
  isEmpty?: (data: T) => boolean
  /** Shown when `isEmpty(data)`; defaults to "No data". */
  empty?: ReactNode
  /** Overrides the error alert's title. */
  errorTitle?: string
  /** The clock for the stale figures' age; tests pass a fixed time. */
  now?: number
}

/** Loading, empty, failed or filled: one way for every view fed by a query. */
export function QueryView<T>({ query, skeleton, children, isEmpty, empty, errorTitle, now }: QueryViewProps<T>) {
  const { t } = useTranslation()
  const state = queryViewState(query, isEmpty)
  const retry = () => void query.refetch()

  switch (state) {
    case 'loading':
      return <>{skeleton}</>
    case 'error':
      return <ErrorAlert error={query.error} onRetry={retry} retrying={query.isFetching} title={errorTitle} />
    case 'credentials':
      // The last figures, if any, stay as they were (dimmed); the window-wide banner says what to do.
      return query.data === undefined ? null : <Stale>{children(query.data)}</Stale>
    case 'empty':
      return (
        <>
          {empty ?? (
            <Text c="dimmed" size="sm" ta="center" py="md">
              {t('state.noData')}
            </Text>
          )}
        </>
      )
    case 'stale':
      return (
        <Box>
          <RefreshFailed query={query} now={now} onRetry={retry} />
          <Stale>{children(query.data as T)}</Stale>
        </Box>
      )
    default:
      return <>{children(query.data as T)}</>
  }
}

/** Kept figures are faded, not hidden. 0.75 keeps body text above AA contrast in both schemes. */
function Stale({ children }: { children: ReactNode }) {
  return (
    <Box data-stale="true" style={{ opacity: 0.75, transition: 'opacity 150ms' }}>
      {children}
    </Box>
  )
}

function RefreshFailed({ query, now, onRetry }: { query: QueryLike<unknown>; now?: number; onRetry: () => void }) {
  const { t } = useTranslation()
  const clock = useNow(now)
  const error = toAppError(query.error)
  return (
    <Group gap={6} mb={6} wrap="nowrap" role="status" title={error.message}>
      <IconAlertTriangle size={14} aria-hidden="true" color="var(--mantine-color-orange-filled)" />
      <Text size="xs" fw={550} style={{ whiteSpace: 'nowrap' }}>
        {`${t('state.couldNotRefresh')} · ${formatAge(query.dataUpdatedAt, clock)}`}
      </Text>
      {error.retryable ? (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconRefresh size={12} aria-hidden="true" />}
          onClick={onRetry}
          loading={query.isFetching}
        >
          {t('actions.tryAgain')}
        </Button>
      ) : null}
    </Group>
  )
}

/** The current time, re-read every 30 s so an age such as "3 min ago" stays true; fixed when `fixed` is given. */
export function useNow(fixed?: number, intervalMs = 30_000): number {
  const [now, setNow] = useState(() => fixed ?? Date.now())
  useEffect(() => {
    if (fixed !== undefined) return
    const id = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(id)
  }, [fixed, intervalMs])
  return fixed ?? now
}
