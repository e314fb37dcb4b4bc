import { ActionIcon, Group, Menu } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RowAction } from './types'

interface RowActionsProps<Row> {
  row: Row
  rowName: string
  actions: readonly RowAction<Row>[]
  /** One "…" button opening a menu, when the row has no room for every icon. */
  asMenu: boolean
}

export function RowActions<Row>({ row, rowName, actions, asMenu }: RowActionsProps<Row>) {
  if (asMenu) return <ActionsMenu row={row} rowName={rowName} actions={actions} />
  // The native title, not a Mantine Tooltip: rows mount on every keystroke of the search, and floating tooltips per row were most of the time it took to paint a filtered list (npm run bench).
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      {actions.map((action) => (
        <ActionIcon
          key={action.id}
          variant="subtle"
          color={action.color ?? 'gray'}
          aria-label={action.label(row)}
          title={action.name}
          disabled={action.disabled?.(row)}
          // A disabled subtle icon keeps no filled square: it reads as pressed otherwise.
          bg={action.disabled?.(row) ? 'transparent' : undefined}
          onClick={() => action.onClick(row)}
        >
          {action.icon}
        </ActionIcon>
      ))}
    </Group>
  )
}

function ActionsMenu<Row>({ row, rowName, actions }: Omit<RowActionsProps<Row>, 'asMenu'>) {
  const { t } = useTranslation('table')
  return (
    <Group justify="flex-end" wrap="nowrap">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('actionsFor', { name: rowName })}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {actions.map((action) => (
            <Menu.Item
              key={action.id}
              leftSection={action.icon}
              color={action.color}
              aria-label={action.label(row)}
              disabled={action.disabled?.(row)}
              onClick={() => action.onClick(row)}
            >
              {action.name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  )
}
