import {
  type BandwidthId,
  bandwidthOptions,
  type MachineId,
  machineOptions,
  type UnlimitedServer,
} from '@shared/domain/unlimited'

/** The machines in size order (their `sv_id`s are not: 5 is the smallest). */
export const machinesBySize = [...machineOptions].sort((a, b) => a.vcpu - b.vcpu)

/** "300Mbps", "300 Mbps", "1Gbps" → megabits per second, or null when the list says something else. */
export function bandwidthMbps(bandwidth: string | null): number | null {
  const match = /([\d.]+)\s*([mg])bps/i.exec(bandwidth ?? '')
  if (!match) return null
  const mbps = Number(match[1]) * (match[2].toLowerCase() === 'g' ? 1000 : 1)
  return Number.isFinite(mbps) ? mbps : null
}

/** The documented bandwidth option the list's text names, or null when it says something else. */
export function currentBandwidth(server: Pick<UnlimitedServer, 'bandwidth'>): BandwidthId | null {
  const mbps = bandwidthMbps(server.bandwidth)
  if (mbps === null) return null
  return bandwidthOptions.find((o) => o.mbps === mbps)?.id ?? null
}

/** "8vCPU 16GiB", "16 vCPU / 32 GiB" → the documented machine option, or null. */
export function currentMachine(server: Pick<UnlimitedServer, 'machine'>): MachineId | null {
  const vcpu = /(\d+)\s*v?cpu/i.exec(server.machine ?? '')
  const memory = /(\d+)\s*gi?b/i.exec(server.machine ?? '')
  if (!vcpu) return null
  const found = machineOptions.find(
    (o) => o.vcpu === Number(vcpu[1]) && (memory === null || o.memoryGib === Number(memory[1])),
  )
  return found?.id ?? null
}

const machineRank = (id: MachineId) => machinesBySize.findIndex((o) => o.id === id)
const bandwidthRank = (id: BandwidthId) => bandwidthOptions.findIndex((o) => o.id === id)

export const isSmallerMachine = (id: MachineId, current: MachineId | null) =>
  current !== null && machineRank(id) < machineRank(current)

export const isSmallerBandwidth = (id: BandwidthId, current: BandwidthId | null) =>
  current !== null && bandwidthRank(id) < bandwidthRank(current)

export interface UpgradeChoice {
  machineId: MachineId
  bandwidthId: BandwidthId
}

/**
 * Why this choice cannot be ordered, or null. An upgrade grows the server: the same size again is no upgrade and
 * neither part may shrink (the endpoint is "upgrades"; inferred, and the simulator refuses both).
 */
export function upgradeProblem(
  choice: UpgradeChoice,
  current: { machineId: MachineId | null; bandwidthId: BandwidthId | null },
): 'smaller' | 'same' | null {
  if (isSmallerMachine(choice.machineId, current.machineId)) return 'smaller'
  if (isSmallerBandwidth(choice.bandwidthId, current.bandwidthId)) return 'smaller'
  if (choice.machineId === current.machineId && choice.bandwidthId === current.bandwidthId) return 'same'
  return null
}

/** The first choice offered: the server as it is, one bandwidth step up (or a larger machine at the top speed). */
export function initialChoice(current: {
  machineId: MachineId | null
  bandwidthId: BandwidthId | null
}): UpgradeChoice {
  const machineId = current.machineId ?? machinesBySize[0].id
  if (current.bandwidthId === null) return { machineId, bandwidthId: bandwidthOptions[0].id }
  const next = bandwidthOptions[bandwidthRank(current.bandwidthId) + 1]
  if (next) return { machineId, bandwidthId: next.id }
  const bigger = machinesBySize[machineRank(machineId) + 1]
  return { machineId: bigger?.id ?? machineId, bandwidthId: current.bandwidthId }
}
