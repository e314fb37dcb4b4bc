import type { BindUserInput, BoundUser, BoundUserList, BoundUsersInput } from '@shared/domain/unlimited'
import { withUnlimitedWording } from './errors'
import { Fields, isRow, listIn, readRows } from './parse'
import type { Transport } from './transport'

function parseBoundUser(row: unknown): BoundUser {
  const f = new Fields(row, 'bound user')
  return {
    username: f.text(['username', 'user_name', 'user']),
    boundAt: f.unix('create_time') ?? f.dateTime('create_time'),
  }
}

/**
 * §7.7 answers a list of servers (one, the one asked about) each with `sub_users[]`. A bare object, or the
 * users straight under `data`, read the same; a user row that cannot be read is left out.
 */
export function parseBoundUsers(data: unknown): BoundUserList {
  const server = Array.isArray(data) ? data.find(isRow) : isRow(data) ? data : undefined
  if (server && 'sub_users' in server) {
    const f = new Fields(server, 'bound users')
    const { rows } = readRows(listIn(server.sub_users, 'bound users'), parseBoundUser)
    return { domain: f.optText('domain'), ip: f.optText('ip'), users: rows }
  }
  const { rows } = readRows(listIn(data, 'bound users', ['sub_users', 'list', 'data']), parseBoundUser)
  return { domain: null, ip: null, users: rows }
}

/**
 * The proxy users allowed on an unlimited server (reference §7.7: POST, form body, the server by domain or IP). The
 * list is a POST too, but only reads: it is retried and failed over like any read.
 */
export function createUnlimitedBindingsApi(transport: Transport) {
  return {
    async list(input: BoundUsersInput): Promise<BoundUserList> {
      const data = await withUnlimitedWording('binding', () =>
        transport.post('/get_unlimited_servers_bind_user', { ip: input.server }, { read: true }),
      )
      return parseBoundUsers(data)
    },
    async add(input: BindUserInput): Promise<void> {
      await withUnlimitedWording('binding', () =>
        transport.post('/add_unlimited_servers_bind_user', { ip: input.server, username: input.username }),
      )
    },
    async remove(input: BindUserInput): Promise<void> {
      await withUnlimitedWording('binding', () =>
        transport.post('/del_unlimited_servers_bind_user', { ip: input.server, username: input.username }),
      )
    },
  }
}
