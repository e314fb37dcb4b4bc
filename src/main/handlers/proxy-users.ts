import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'

export function proxyUserHandlers(client: ThordataClient) {
  return {
    'proxyUsers.list': (input) => client.proxyUsers.list(input),
    'proxyUsers.names': async (input) =>
      (await client.proxyUsers.list(input)).users.map(({ username, enabled }) => ({ username, enabled })),
    'proxyUsers.create': (input) => client.proxyUsers.create(input),
    'proxyUsers.update': (input) => client.proxyUsers.update(input),
    'proxyUsers.delete': (input) => client.proxyUsers.delete(input),
    'proxyUsers.usage': (input) => client.proxyUsers.usage(input),
    'proxyUsers.usageHourly': (input) => client.proxyUsers.usageHourly(input),
  } satisfies Partial<Handlers>
}
