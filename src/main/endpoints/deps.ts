import type { EndpointProduct } from '@shared/domain/endpoint'
import { AppErrorException, appError } from '@shared/errors'
import { t } from '../i18n'
import type { ThordataClient } from '../thordata'
import type { EndpointDeps } from './endpoint-text'

/** Passwords come from Thordata's proxy-user list (it returns them in clear text), asked for when needed. */
export function endpointDeps(client: Pick<ThordataClient, 'proxyUsers'>, curlTarget: () => string): EndpointDeps {
  return {
    async password(product: EndpointProduct, username: string) {
      const { users } = await client.proxyUsers.list({ product })
      const user = users.find((u) => u.username === username)
      if (!user) {
        throw new AppErrorException(
          appError('not-found', t('endpoints:errors.noSuchUser', { username }), {
            field: 'username',
            retryable: false,
          }),
        )
      }
      return user.password
    },
    curlTarget,
  }
}
