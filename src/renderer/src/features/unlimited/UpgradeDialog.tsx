import { Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { FactTable } from '@renderer/ui/FactTable'
import {
  type BandwidthId,
  bandwidthOptions,
  type MachineId,
  machineOptions,
  type UnlimitedServer,
} from '@shared/domain/unlimited'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrderDialog } from './OrderDialog'
import { serverLines } from './OrderParts'
import {
  currentBandwidth,
  currentMachine,
  initialChoice,
  isSmallerBandwidth,
  isSmallerMachine,
  machinesBySize,
  type UpgradeChoice,
  upgradeProblem,
} from './UpgradeOptions'

type T = TFunction<'unlimited'>

const machineLabel = (t: T, id: MachineId) => {
  const option = machineOptions.find((o) => o.id === id) ?? machineOptions[0]
  return t('upgrade.machineSize', { vcpu: option.vcpu, memory: option.memoryGib })
}
const bandwidthLabel = (t: T, id: BandwidthId) =>
  t('upgrade.mbps', { value: bandwidthOptions.find((o) => o.id === id)?.mbps ?? 0 })

/** Upgrade (reference §7.5): a machine and a bandwidth from the documented tables, paid after an explicit confirmation. */
export function UpgradeDialog({ server, onClose }: { server: UnlimitedServer | null; onClose: () => void }) {
  // Keyed by server: each opening starts from the server as it is now.
  return <UpgradeFlow key={server?.insId ?? 'closed'} server={server} onClose={onClose} />
}

function UpgradeFlow({ server, onClose }: { server: UnlimitedServer | null; onClose: () => void }) {
  const { t } = useTranslation('unlimited')
  const current = useMemo(
    () => ({
      machineId: server ? currentMachine(server) : null,
      bandwidthId: server ? currentBandwidth(server) : null,
    }),
    [server],
  )
  const [choice, setChoice] = useState<UpgradeChoice>(() => initialChoice(current))
  const [now] = useState(() => Date.now())
  const expired = server?.expiresAt ? Date.parse(server.expiresAt) < now : false
  const problem = upgradeProblem(choice, current)
  const machine = machineLabel(t, choice.machineId)
  const bandwidth = bandwidthLabel(t, choice.bandwidthId)

  const change = (from: string | null, to: string, same: boolean) =>
    same ? t('upgrade.unchanged', { value: to }) : from ? t('upgrade.change', { from, to }) : to

  const choiceView = server ? (
    <Stack gap="md">
      <FactTable label={t('order.server')} facts={serverLines(server, t)} />
      {expired ? (
        <Text size="sm" c="orange">
          {t('upgrade.expired')}
        </Text>
      ) : null}
      {current.machineId === null || current.bandwidthId === null ? (
        <Text size="sm" c="dimmed">
          {t('upgrade.unknownCurrent')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <Select
          label={t('upgrade.machineLabel')}
          data-autofocus
          allowDeselect={false}
          value={String(choice.machineId)}
          onChange={(value) => value && setChoice({ ...choice, machineId: Number(value) as MachineId })}
          data={machinesBySize.map((o) => ({
            value: String(o.id),
            label:
              o.id === current.machineId
                ? t('upgrade.current', { value: machineLabel(t, o.id) })
                : machineLabel(t, o.id),
            disabled: isSmallerMachine(o.id, current.machineId),
          }))}
          error={problem === 'same' ? t('upgrade.sameAsNow') : undefined}
        />
        <Select
          label={t('upgrade.bandwidthLabel')}
          allowDeselect={false}
          value={String(choice.bandwidthId)}
          onChange={(value) => value && setChoice({ ...choice, bandwidthId: Number(value) as BandwidthId })}
          data={bandwidthOptions.map((o) => ({
            value: String(o.id),
            label:
              o.id === current.bandwidthId
                ? t('upgrade.current', { value: bandwidthLabel(t, o.id) })
                : bandwidthLabel(t, o.id),
            disabled: isSmallerBandwidth(o.id, current.bandwidthId),
          }))}
        />
      </SimpleGrid>
      {current.machineId !== null || current.bandwidthId !== null ? (
        <Text size="xs" c="dimmed">
          {t('upgrade.smaller')}
        </Text>
      ) : null}
    </Stack>
  ) : null

  const currentMachineLabel = current.machineId ? machineLabel(t, current.machineId) : (server?.machine ?? null)
  const currentBandwidthLabel = current.bandwidthId
    ? bandwidthLabel(t, current.bandwidthId)
    : (server?.bandwidth ?? null)
  return (
    <OrderDialog
      opened={server !== null}
      onClose={onClose}
      title={t('upgrade.title', { name: server?.planName ?? '' })}
      channel="unlimited.upgrade"
      choice={choiceView}
      order={
        server && problem === null
          ? {
              input: { insId: server.insId, machineId: choice.machineId, bandwidthId: choice.bandwidthId },
              lines: [
                serverLines(server, t)[0],
                {
                  label: t('order.machine'),
                  value: change(currentMachineLabel, machine, choice.machineId === current.machineId),
                },
                {
                  label: t('order.bandwidth'),
                  value: change(currentBandwidthLabel, bandwidth, choice.bandwidthId === current.bandwidthId),
                },
                ...serverLines(server, t).slice(2),
              ],
              notes: [t('order.price')],
            }
          : null
      }
      confirmLabel={t('upgrade.confirm')}
      placedSummary={t('upgrade.done', { name: server?.planName ?? '', machine, bandwidth })}
    />
  )
}
