import type {
  AddWhitelistIpInput,
  DeleteWhitelistIpInput,
  Whitelist,
  WhitelistEntry,
  WhitelistInput,
} from '@shared/domain/whitelist'
import { Fields, isRow, listIn, readRows } from './parse'
import { whitelistProxyType } from './products'
import type { Transport } from './transport'

/** Older replies (and the SDKs) give a bare array of strings or `{ip}` objects instead of `data.lists[]`. */
function parseEntry(row: unknown): WhitelistEntry {
  if (typeof row === 'string') return { ip: row, enabled: true, createdOn: null }
  const f = new Fields(row, 'whitelisted IP')
  return { ip: f.text('ip'), enabled: f.has('status') ? f.bool('status') : true, createdOn: f.date('created_time') }
}

export function parseWhitelist(data: unknown): Whitelist {
  const { rows: entries, skipped } = readRows(listIn(data, 'whitelist', ['lists', 'list', 'data']), parseEntry)
  const f = new Fields(isRow(data) ? data : {}, 'whitelist')
  const ipCount = f.optNumber('ip_count') ?? entries.length
  const limit = f.optNumber('limit') ?? ipCount
  return {
    ipCount,
    limit,
    remainingLimit: f.optNumber('remaining_limit') ?? Math.max(0, limit - ipCount),
    entries,
    skipped,
  }
}

export function createWhitelistApi(transport: Transport) {
  return {
    async list(input: WhitelistInput): Promise<Whitelist> {
      return parseWhitelist(
        await transport.get('/whitelisted-ips/ip-list', { proxy_type: whitelistProxyType(input.product) }),
      )
    },

    async add(input: AddWhitelistIpInput): Promise<void> {
      await transport.post('/whitelisted-ips/add-ip', {
        proxy_type: whitelistProxyType(input.product),
        ip: input.ip.trim(),
        status: input.enabled === false ? 'false' : 'true',
      })
    },

    async delete(input: DeleteWhitelistIpInput): Promise<void> {
      await transport.post('/whitelisted-ips/delete-ip', {
        proxy_type: whitelistProxyType(input.product),
        ip: input.ip.trim(),
      })
    },
  }
}
