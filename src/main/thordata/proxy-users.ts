import type { ProxyUserHourlyUsage, ProxyUserHourlyUsageInput } from '@shared/domain/hourly-usage'
import type {
  CreateProxyUserInput,
  DeleteProxyUserInput,
  ProxyUser,
  ProxyUserList,
  ProxyUsersListInput,
  ProxyUserUsage,
  ProxyUserUsageInput,
  ProxyUserValues,
  UpdateProxyUserInput,
} from '@shared/domain/proxy-users'
import type { TrafficUnit } from '@shared/traffic'
import { fromBytes } from '@shared/traffic'
import type { ThordataConfig } from './config'
import { parseProxyUserHourlyUsage } from './hourly-usage'
import { Fields, isRow, listIn, readRows } from './parse'
import { proxyUserProxyType } from './products'
import type { Transport } from './transport'
import { parseUsageDays, sumDays } from './usage'

export function parseProxyUser(row: unknown, unit: TrafficUnit): ProxyUser {
  const f = new Fields(row, 'proxy user')
  return {
    username: f.text(['username', 'user']),
    password: f.text(['password', 'pwd']),
    enabled: f.has('status') ? f.bool('status') : true,
    trafficLimitBytes: f.optBytes(['traffic_limit', 'flow_limit'], unit) ?? 0,
    usedBytes: f.optBytes('usage_traffic', unit) ?? 0,
    createdOn: f.date('created_time'),
  }
}

/** The quota fields that sit beside the list: with no users, they may be all there is. */
const quotaFields = ['user_count', 'count', 'limit', 'remaining_limit']

/** `limit`/`remaining_limit`/`user_count` are user counts (the sdk-spec's "KB" label is wrong). */
export function parseProxyUserList(data: unknown, unit: TrafficUnit): ProxyUserList {
  const list = listIn(data, 'proxy users', undefined, quotaFields)
  const { rows: users, skipped } = readRows(list, (row) => parseProxyUser(row, unit))
  const f = new Fields(isRow(data) ? data : {}, 'proxy user list')
  const userCount = f.optNumber(['user_count', 'count']) ?? users.length
  const limit = f.optNumber('limit') ?? userCount
  return {
    quota: { limit, remainingLimit: f.optNumber('remaining_limit') ?? Math.max(0, limit - userCount), userCount },
    users,
    skipped,
  }
}

/**
 * The documented report object, or a bare list of `{date, usage}` days (the Python SDK's test); days read as in
 * usage.ts. Every figure is in the usage unit (kb per the docs), the limit included; a figure the reply lacks is
 * null, not 0.
 */
export function parseProxyUserUsage(data: unknown, input: ProxyUserUsageInput, unit: TrafficUnit): ProxyUserUsage {
  const days = parseUsageDays(data, unit)
  const f = new Fields(Array.isArray(data) ? {} : data, 'proxy user usage')
  return {
    username: input.username,
    from: input.from,
    to: input.to,
    totalUsedBytes: f.optBytes('total_usage_traffic', unit),
    remainingBytes: f.optBytes('traffic_balance', unit),
    rangeUsedBytes: f.optBytes('range_usage_traffic', unit) ?? sumDays(days),
    days,
    trafficLimitBytes: f.optBytes('traffic_limit', unit),
  }
}

/** Bytes → the whole number of MB (or the configured unit) the form field takes. */
const limitAmount = (bytes: number, unit: TrafficUnit) => Math.round(fromBytes(bytes, unit))

/** Thordata wants the status as the words true/false. */
const statusWord = (enabled: boolean) => (enabled ? 'true' : 'false')

export function updateUserForm(input: UpdateProxyUserInput, unit: TrafficUnit) {
  const next: ProxyUserValues = input.next
  return {
    proxy_type: proxyUserProxyType(input.product),
    username: input.username,
    new_username: next.username,
    new_password: next.password,
    new_traffic_limit: limitAmount(next.trafficLimitBytes, unit),
    new_status: statusWord(next.enabled),
  }
}

export function createProxyUsersApi(transport: Transport, config: () => ThordataConfig) {
  return {
    async list(input: ProxyUsersListInput): Promise<ProxyUserList> {
      const data = await transport.get('/proxy-users/user-list', { proxy_type: proxyUserProxyType(input.product) })
      return parseProxyUserList(data, config().userTrafficUnit)
    },

    async create(input: CreateProxyUserInput): Promise<void> {
      await transport.post('/proxy-users/create-user', {
        proxy_type: proxyUserProxyType(input.product),
        username: input.username,
        password: input.password,
        traffic_limit: limitAmount(input.trafficLimitBytes, config().userTrafficUnit),
        status: statusWord(input.enabled),
      })
    },

    /**
     * Sends all four `new_*` fields from `next`, always. Thordata (and its SDKs) treat an omitted field as
     * "no limit" / "enabled", so the caller passes the user's current values for anything unchanged.
     */
    async update(input: UpdateProxyUserInput): Promise<void> {
      await transport.post('/proxy-users/update-user', updateUserForm(input, config().userTrafficUnit))
    },

    async delete(input: DeleteProxyUserInput): Promise<void> {
      await transport.post('/proxy-users/delete-user', {
        proxy_type: proxyUserProxyType(input.product),
        username: input.username,
      })
    },

    async usage(input: ProxyUserUsageInput): Promise<ProxyUserUsage> {
      const data = await transport.get('/proxy-users/usage-statistics', {
        proxy_type: proxyUserProxyType(input.product),
        username: input.username,
        from_date: input.from,
        to_date: input.to,
      })
      return parseProxyUserUsage(data, input, config().usageUnit)
    },

    /** Reference §4.6: hours are "yyyy-mm-dd HH", both ends included. */
    async usageHourly(input: ProxyUserHourlyUsageInput): Promise<ProxyUserHourlyUsage> {
      const data = await transport.get('/proxy-users/usage-statistics-hour', {
        proxy_type: proxyUserProxyType(input.product),
        username: input.username,
        from_date: input.from,
        to_date: input.to,
      })
      return parseProxyUserHourlyUsage(data, input, config().usageUnit)
    },
  }
}
