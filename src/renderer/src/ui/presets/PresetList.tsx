import { ActionIcon, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core'
import { useChannelMutation } from '@renderer/lib/invalidation'
import { notifyFailure, notifySuccess } from '@renderer/lib/notify'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { Preset, PresetKind } from '@shared/domain/presets'
import { IconDots, IconPencil, IconStar, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RenamePresetDialog } from './PresetDialogs'

type PresetOf<K extends PresetKind> = Extract<Preset, { kind: K }>

interface PresetListProps<K extends PresetKind> {
  /** Every saved preset (names are unique across both kinds); only those of `kind` are listed. */
  presets: readonly Preset[]
  kind: K
  defaultId: string | null
  onUse: (preset: PresetOf<K>) => void
  /** The preset the form was last loaded from, marked in the list. */
  activeId?: string | null
}

/** The saved presets of one kind, default first: use one, rename it, make it the default, delete it. */
export function PresetList<K extends PresetKind>({ presets, kind, defaultId, onUse, activeId }: PresetListProps<K>) {
  const { t } = useTranslation('common')
  const [renaming, setRenaming] = useState<Preset | null>(null)
  const [deleting, setDeleting] = useState<Preset | null>(null)
  const remove = useChannelMutation('presets.delete')
  const setDefault = useChannelMutation('presets.setDefault')
  const listed = presets
    .filter((p): p is PresetOf<K> => p.kind === kind)
    .sort((a, b) => Number(b.id === defaultId) - Number(a.id === defaultId))

  const makeDefault = (preset: Preset) =>
    setDefault.mutate(
      { id: preset.id },
      {
        onSuccess: () => notifySuccess(t('presets.defaultSet', { name: preset.name })),
        onError: (error) => notifyFailure(t('presets.failed'), error),
      },
    )

  return (
    <>
      {listed.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('presets.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('presets.label')}>
          {listed.map((preset) => (
            <Group key={preset.id} component="li" gap="xs" justify="space-between" wrap="nowrap" py={4}>
              <Group gap="xs" wrap="nowrap" miw={0}>
                <Text size="sm" fw={preset.id === activeId ? 700 : 500} truncate>
                  {preset.name}
                </Text>
                {preset.id === defaultId ? (
                  <Badge size="sm" variant="light">
                    {t('presets.isDefault')}
                  </Badge>
                ) : null}
              </Group>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onUse(preset)}
                  aria-label={t('presets.useLabel', { name: preset.name })}
                  aria-pressed={preset.id === activeId}
                >
                  {t('presets.use')}
                </Button>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('presets.more', { name: preset.name })}>
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
                        onClick={() => makeDefault(preset)}
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
        </Stack>
      )}
      <RenamePresetDialog presets={presets} preset={renaming} onClose={() => setRenaming(null)} />
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
    </>
  )
}
