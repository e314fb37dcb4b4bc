import { ActionIcon, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core'
import { notifyFailure, notifySuccess } from '@renderer/lib/notify'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { Preset } from '@shared/domain/presets'
import { IconDots, IconPencil, IconStar, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RenamePresetDialog } from './PresetDialogs'
import { useDeletePreset, useSetDefaultPreset } from './queries'

interface PresetListProps {
  presets: readonly Preset[]
  defaultId: string | null
  onUse: (preset: Extract<Preset, { kind: 'extract' }>) => void
}

/** The saved presets, default first: use one, rename it, make it the default, delete it. */
export function PresetList({ presets, defaultId, onUse }: PresetListProps) {
  const { t } = useTranslation('extract')
  const [renaming, setRenaming] = useState<Preset | null>(null)
  const [deleting, setDeleting] = useState<Preset | null>(null)
  const remove = useDeletePreset()
  const setDefault = useSetDefaultPreset()
  const ordered = [...presets].sort((a, b) => Number(b.id === defaultId) - Number(a.id === defaultId))

  if (presets.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('presets.none')}
      </Text>
    )
  }
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('presets.label')}>
      {ordered.map((preset) => (
        <Group key={preset.id} component="li" gap="xs" justify="space-between" wrap="nowrap" py={4}>
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Text size="sm" fw={500} truncate>
              {preset.name}
            </Text>
            {preset.id === defaultId ? (
              <Badge size="sm" variant="light">
                {t('presets.isDefault')}
              </Badge>
            ) : null}
          </Group>
          <Group gap={4} wrap="nowrap">
            {preset.kind === 'extract' ? (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => onUse(preset)}
                aria-label={`${t('presets.choose')}: ${preset.name}`}
              >
                {t('presets.choose')}
              </Button>
            ) : (
              <Text size="xs" c="dimmed">
                {t('presets.endpointKind')}
              </Text>
            )}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`${t('presets.label')}: ${preset.name}`}>
                  <IconDots size={16} aria-hidden="true" />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  onClick={() => setRenaming(preset)}
                >
                  {t('presets.rename')}
                </Menu.Item>
                {preset.id === defaultId ? null : (
                  <Menu.Item
                    leftSection={<IconStar size={14} aria-hidden="true" />}
                    onClick={() =>
                      setDefault.mutate(
                        { id: preset.id },
                        {
                          onSuccess: () => notifySuccess(t('presets.defaultSet', { name: preset.name })),
                          onError: (error) => notifyFailure(t('presets.failed'), error),
                        },
                      )
                    }
                  >
                    {t('presets.setDefault')}
                  </Menu.Item>
                )}
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden="true" />}
                  onClick={() => setDeleting(preset)}
                >
                  {t('presets.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      ))}
      {renaming ? <RenamePresetDialog presets={presets} preset={renaming} onClose={() => setRenaming(null)} /> : null}
      <ConfirmAction
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('presets.deleteTitle', { name: deleting?.name ?? '' })}
        body={t('presets.deleteBody')}
        confirmLabel={t('presets.deleteConfirm')}
        danger
        action={async () => {
          const name = deleting?.name ?? ''
          await remove.mutateAsync({ id: deleting?.id ?? '' })
          return name
        }}
        onSuccess={(name) => notifySuccess(t('presets.deleted', { name }))}
      />
    </Stack>
  )
}
