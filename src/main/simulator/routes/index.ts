import type { Route } from '../http/route'
import { accountRoutes } from './account'
import { cdkRoutes } from './cdk'
import { extractRoutes } from './extract'
import { locationRoutes } from './locations'
import { proxyUserUsageRoutes } from './proxy-user-usage'
import { proxyUserRoutes } from './proxy-users'
import { staticProxyRoutes } from './static-proxies'
import { unlimitedBindingRoutes } from './unlimited-bindings'
import { unlimitedMonitorRoutes } from './unlimited-monitor'
import { unlimitedServerRoutes } from './unlimited-servers'
import { whitelistRoutes } from './whitelist'
import { whoamiRoutes } from './whoami'

/** Every endpoint the simulator answers, one module per reference section. */
export const allRoutes: Route[] = [
  ...accountRoutes,
  ...locationRoutes,
  ...proxyUserRoutes,
  ...proxyUserUsageRoutes,
  ...whitelistRoutes,
  ...staticProxyRoutes,
  ...unlimitedServerRoutes,
  ...unlimitedMonitorRoutes,
  ...unlimitedBindingRoutes,
  ...extractRoutes,
  ...cdkRoutes,
  ...whoamiRoutes,
]
