import {
  Center,
  type MantineColorScheme,
  SegmentedControl,
  Tooltip,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core'
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

const options: { value: 'auto' | 'light' | 'dark'; Icon: typeof IconSun }[] = [
  { value: 'auto', Icon: IconDeviceDesktop },
  { value: 'light', Icon: IconSun },
  { value: 'dark', Icon: IconMoon },
]

/** Auto / light / dark; Mantine's manager persists the choice in localStorage. */
export function ColorSchemeToggle() {
  const { t } = useTranslation('app')
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  return (
    <SegmentedControl
      size="xs"
      radius="md"
      aria-label={t('colorScheme.label')}
      value={colorScheme}
      onChange={(value) => setColorScheme(value as MantineColorScheme)}
      data={options.map(({ value, Icon }) => ({
        value,
        label: <SchemeLabel label={t(`colorScheme.${value}`)} Icon={Icon} />,
      }))}
    />
  )
}

function SchemeLabel({ label, Icon }: { label: string; Icon: typeof IconSun }) {
  return (
    <Tooltip label={label}>
      <Center h={18}>
        <Icon size={15} stroke={1.8} aria-hidden="true" />
        <VisuallyHidden>{label}</VisuallyHidden>
      </Center>
    </Tooltip>
  )
}
