import { channelQuery } from '@renderer/lib/queries'
import type { ServerMonitorInput } from '@shared/domain/unlimited'
import { useQuery } from '@tanstack/react-query'

/**
 * The server list; `pollMs` re-reads it while a restart is being followed, also while the window is in the
 * background, so coming back to it shows where the restart is.
 */
export const useUnlimitedServers = (pollMs: number | false = false) =>
  useQuery({ ...channelQuery('unlimited.servers'), refetchInterval: pollMs, refetchIntervalInBackground: true })

export const useServerMonitor = (input: ServerMonitorInput) =>
  // The previous window's charts stay (dimmed) while the next one loads.
  useQuery({ ...channelQuery('unlimited.monitor', input), placeholderData: (previous) => previous })

/** The load balancer in front of the server (§7.6), asked with the same window and period. */
export const useBalancerMonitor = (input: ServerMonitorInput) =>
  useQuery({ ...channelQuery('unlimited.balancingMonitor', input), placeholderData: (previous) => previous })
