import type { CatalogShape } from '../catalog'
import type { Catalog } from '../en'
import { account } from './account'
import { app } from './app'
import { cdk } from './cdk'
import { common } from './common'
import { endpoints } from './endpoints'
import { errors } from './errors'
import { extract } from './extract'
import { locations } from './locations'
import { onboarding } from './onboarding'
import { proxyUsers } from './proxyUsers'
import { settings } from './settings'
import { staticProxies } from './staticProxies'
import { table } from './table'
import { tray } from './tray'
import { unlimited } from './unlimited'
import { validation } from './validation'
import { whitelist } from './whitelist'

export const zhCN = {
  common,
  app,
  onboarding,
  account,
  proxyUsers,
  whitelist,
  locations,
  extract,
  endpoints,
  staticProxies,
  unlimited,
  cdk,
  settings,
  table,
  errors,
  validation,
  tray,
} satisfies CatalogShape<Catalog>
