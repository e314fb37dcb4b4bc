import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'
import { type BatchRunnerDeps, createBatchRunner } from '../whitelist/batch-runner'
import type { PublicIpDeps } from '../whitelist/public-ip'
import { lookUpPublicIp } from '../whitelist/public-ip'

export function whitelistHandlers(client: ThordataClient, publicIp: PublicIpDeps, batch: BatchRunnerDeps = {}) {
  const runner = createBatchRunner(batch)
  return {
    'whitelist.list': (input) => client.whitelist.list(input),
    'whitelist.add': (input) => client.whitelist.add(input),
    'whitelist.delete': (input) => client.whitelist.delete(input),
    'whitelist.publicIp': () => lookUpPublicIp(publicIp),

    /**
     * One add per valid, unique address, in order and paced (src/main/whitelist/batch-runner.ts). A bad or
     * repeated line, or a refusal from Thordata, is that line's result and the others still go; a lost answer is
     * "may or may not have been added" and is never sent again; a rate limit is waited out and that line sent
     * again; an unreachable Thordata, a refused credential or a cancel stops the batch and the rest are not sent.
     */
    'whitelist.addMany': ({ product, ips, batchId }) =>
      runner.run(ips, (ip) => client.whitelist.add({ product, ip, enabled: true }), batchId),
    'whitelist.cancelBatch': async ({ batchId }) => runner.cancel(batchId),
  } satisfies Partial<Handlers>
}
