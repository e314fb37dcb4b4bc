import { ActionIcon, type MantineColorScheme, Menu, Tooltip, useMantineColorScheme } from '@mantine/core'
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

const options: { value: MantineColorScheme; Icon: typeof IconSun }[] = [
  { value: 'auto', Icon: IconDeviceDesktop },
  { value: 'light', Icon: IconSun },
  { value: 'dark', Icon: IconMoon },
]

/**
 * Auto / light / dark, as an icon button with a menu; Mantine's manager persists the choice in localStorage.
 * Not a SegmentedControl: its sliding indicator measures itself while the header mounts, forcing a layout of the
 * whole window on the launch path (about a fifth of the time to the first figures).
 */
export function ColorSchemeToggle() {
  const { t } = useTranslation('app')
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const current = options.find((option) => option.value === colorScheme) ?? options[0]
  const label = `${t('colorScheme.label')}: ${t(`colorScheme.${current.value}`)}`
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={label}>
          <ActionIcon variant="default" size="lg" radius="md" aria-label={label}>
            <current.Icon size={17} stroke={1.8} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('colorScheme.label')}</Menu.Label>
        {options.map(({ value, Icon }) => (
          <Menu.Item
            key={value}
            // Mantine's items are menuitems (aria-checked is not allowed on them): the current one is marked so.
            aria-current={value === colorScheme ? 'true' : undefined}
            leftSection={<Icon size={15} stroke={1.8} aria-hidden="true" />}
            rightSection={value === colorScheme ? <IconCheck size={14} aria-hidden="true" /> : null}
            onClick={() => setColorScheme(value)}
          >
            {t(`colorScheme.${value}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
