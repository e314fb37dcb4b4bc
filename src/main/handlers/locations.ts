import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'

export function locationHandlers(client: ThordataClient) {
  return {
    'locations.countries': (input) => client.locations.countries(input),
    'locations.states': (input) => client.locations.states(input),
    'locations.cities': (input) => client.locations.cities(input),
    'locations.asns': (input) => client.locations.asns(input),
  } satisfies Partial<Handlers>
}
