import type { StaticProxyFormat } from '@shared/domain/proxies'

/** The catalog key naming each copy format ("ip:port:user:pass" holds i18next's namespace separator). */
export const formatKey = {
  'ip:port:user:pass': 'copy.formats.colon',
  'user:pass@ip:port': 'copy.formats.at',
  http: 'copy.formats.http',
  socks5: 'copy.formats.socks5',
} as const satisfies Record<StaticProxyFormat, string>
