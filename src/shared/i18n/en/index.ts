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

/**
 * The English catalog, one namespace per area, each its own file so areas are translated apart:
 * `common` (the kit and shared words), `table` (the data table), one per screen (`app` is the shell, banners and
 * notices), and what main says: `errors`, `validation` (the input rules), `tray` (menu, tooltip, notifications).
 */
export const en = {
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
}
export type Catalog = typeof en
