import { IconChartArea, IconSettings } from '@tabler/icons-react'
import { type ComponentType, type LazyExoticComponent, lazy } from 'react'

export interface TabEntry {
  value: string
  label: string
  icon: typeof IconSettings
  /** The tab's view, loaded the first time the tab opens. */
  Panel: LazyExoticComponent<ComponentType>
  /** Pinned to the bottom of the sidebar. */
  pinned?: boolean
}

/** The sections of the app, in sidebar order. Adding one is one line: its module default-exports the view. */
export const tabs: TabEntry[] = [
  {
    value: 'account',
    label: 'Account',
    icon: IconChartArea,
    Panel: lazy(() => import('../features/account/AccountTab')),
  },
  {
    value: 'settings',
    label: 'Settings',
    icon: IconSettings,
    Panel: lazy(() => import('../features/settings/SettingsTab')),
    pinned: true,
  },
]
