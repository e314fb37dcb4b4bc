import { Card, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core'
import { formatAge } from '@renderer/lib/format'
import { useFigureAge } from '@renderer/lib/queries'
import { FitNumber } from '@renderer/ui/FitNumber'
import { type QueryLike, QueryView } from '@renderer/ui/QueryView'
import type { QueryKey } from '@tanstack/react-query'
import { type ReactNode, useId } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './StatCard.module.css'

/** When this window opened: a figure fetched before it was kept from an earlier run. */
const windowOpenedAt = typeof performance === 'undefined' ? Date.now() : performance.timeOrigin

export function StatCards({ children }: { children: ReactNode }) {
  return (
    <div className={classes.grid}>
      <div className={classes.cards}>{children}</div>
    </div>
  )
}

interface StatCardProps<T> {
  label: string
  icon: ReactNode
  color?: string
  query: QueryLike<T>
  queryKey: QueryKey
  /** The headline figure, formatted: it shrinks to fit the card. */
  figure: (data: T) => string
  figureColor?: (data: T) => string | undefined
  footer?: (data: T) => ReactNode
}

/** A headline figure card with the same footprint whether it is loading, failed, kept from the last run or fresh. */
export function StatCard<T>({ label, icon, color, query, queryKey, figure, figureColor, footer }: StatCardProps<T>) {
  const labelId = useId()
  return (
    <Card component="section" aria-labelledby={labelId} className={classes.card}>
      <Group justify="space-between" wrap="nowrap" mb="sm" className={classes.header}>
        <Text size="sm" c="dimmed" fw={550} id={labelId}>
          {label}
        </Text>
        <ThemeIcon variant="light" radius="md" size={34} color={color} aria-hidden="true">
          {icon}
        </ThemeIcon>
      </Group>
      <QueryView
        query={query}
        skeleton={
          <Stack gap={10} mt={4}>
            <Skeleton h={34} w="60%" />
            <Skeleton h={14} w="80%" />
          </Stack>
        }
      >
        {(data) => (
          <>
            {query.isError ? null : <CachedAge queryKey={queryKey} fetching={query.isFetching} />}
            <div className={classes.body}>
              <div className={classes.figure}>
                <FitNumber c={figureColor?.(data)}>{figure(data)}</FitNumber>
              </div>
              {footer ? (
                <Text size="sm" c="dimmed" component="div" className={classes.footer}>
                  {footer(data)}
                </Text>
              ) : null}
            </div>
          </>
        )}
      </QueryView>
    </Card>
  )
}

/** "Last fetched 3 hours ago · updating…" while a figure kept from the last run is on screen. */
function CachedAge({ queryKey, fetching }: { queryKey: QueryKey; fetching: boolean }) {
  const { t } = useTranslation('account')
  const { updatedAt } = useFigureAge(queryKey)
  if (!updatedAt || updatedAt.getTime() >= windowOpenedAt) return null
  const age = t('figures.cachedAge', { age: formatAge(updatedAt.getTime()) })
  return (
    <Text size="xs" c="dimmed" mb={4} data-testid="cached-age">
      {fetching ? `${age} · ${t('figures.updating')}` : age}
    </Text>
  )
}
