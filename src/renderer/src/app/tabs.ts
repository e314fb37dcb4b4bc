import { type Preloadable, preloadable } from '@renderer/lib/preloadable'
import type { en } from '@shared/i18n/en'
import {
  IconChartArea,
  IconGift,
  IconInfinity,
  IconLink,
  IconMapPin,
  IconPlugConnected,
  IconServer,
  IconSettings,
  IconShieldCheck,
  IconUsers,
} from '@tabler/icons-react'
import type { ComponentType } from 'react'

export interface TabEntry {
  value: string
  /** The sidebar label's key in the `app` namespace. */
  label: `tabs.${Exclude<keyof typeof en.app.tabs, 'label'>}`
  icon: typeof IconSettings
  /** Starts loading the tab's code (the shell calls it for the opening tab before it renders). */
  load: () => Promise<{ default: ComponentType }>
  /** The tab's view, loaded the first time the tab opens. */
  Panel: Preloadable<Record<string, never>>
  /** Pinned to the bottom of the sidebar. */
  pinned?: boolean
}

const tab = (entry: Omit<TabEntry, 'Panel'>): TabEntry => ({
  ...entry,
  Panel: preloadable(entry.load as () => Promise<{ default: ComponentType<Record<string, never>> }>),
})

/** The sections of the app, in sidebar order. Adding one is one line: its module default-exports the view. */
export const tabs: TabEntry[] = [
  tab({
    value: 'account',
    label: 'tabs.account',
    icon: IconChartArea,
    load: () => import('../features/account/AccountTab'),
  }),
  tab({
    value: 'extract-links',
    label: 'tabs.extractLinks',
    icon: IconLink,
    load: () => import('../features/extract-links/ExtractLinksTab'),
  }),
  tab({
    value: 'endpoints',
    label: 'tabs.endpoints',
    icon: IconPlugConnected,
    load: () => import('../features/endpoints/EndpointsTab'),
  }),
  tab({
    value: 'proxy-users',
    label: 'tabs.proxyUsers',
    icon: IconUsers,
    load: () => import('../features/proxy-users/ProxyUsersTab'),
  }),
  tab({
    value: 'whitelist',
    label: 'tabs.whitelist',
    icon: IconShieldCheck,
    load: () => import('../features/whitelist/WhitelistTab'),
  }),
  tab({
    value: 'static-proxies',
    label: 'tabs.staticProxies',
    icon: IconServer,
    load: () => import('../features/static-proxies/StaticProxiesTab'),
  }),
  tab({
    value: 'unlimited',
    label: 'tabs.unlimited',
    icon: IconInfinity,
    load: () => import('../features/unlimited/UnlimitedTab'),
  }),
  tab({
    value: 'cdk',
    label: 'tabs.cdk',
    icon: IconGift,
    load: () => import('../features/cdk/CdkTab'),
  }),
  tab({
    value: 'locations',
    label: 'tabs.locations',
    icon: IconMapPin,
    load: () => import('../features/locations/LocationsTab'),
  }),
  tab({
    value: 'settings',
    label: 'tabs.settings',
    icon: IconSettings,
    load: () => import('../features/settings/SettingsTab'),
    pinned: true,
  }),
]
