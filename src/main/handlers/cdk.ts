import type { CreateCdkInput } from '@shared/domain/cdk'
import type { AppError } from '@shared/errors'
import { formatBytes } from '@shared/traffic'
import { t } from '../i18n'
import type { Handlers } from '../ipc/dispatch'
import type { ThordataClient } from '../thordata'
import { asPurchase, type PurchaseWords } from '../thordata/purchase'

/** The whole traffic a create asks for, as the form's total shows it ("15 GB", "2.64 TB"). */
const totalOf = (input: CreateCdkInput) => formatBytes(input.trafficBytes * input.count)

/**
 * A create's refusal in the form's terms: the general table speaks of "balance" and "quantity" for any purchase,
 * while here the balance is traffic and the quantity is the count field.
 */
function createRefusal(error: AppError, input: CreateCdkInput): AppError {
  if (error.code === 10017) return { ...error, message: t('cdk:errors.trafficShort', { total: totalOf(input) }) }
  if (error.code === 10003 || error.code === 10012) return { ...error, field: 'count' }
  return error
}

/** A create spends traffic: an answer that does not say whether codes were made says to look at the list first. */
const createWords: PurchaseWords = {
  lost: () => t('cdk:errors.createLost'),
  unknownCode: (code) => t('cdk:errors.createUnknownCode', { code }),
}

/** The gift codes. A create spends traffic, so it goes once (the transport never retries a POST). */
export function cdkHandlers(client: Pick<ThordataClient, 'cdk'>) {
  return {
    'cdk.create': async (input) =>
      asPurchase(
        createWords,
        async () => ({ codes: await client.cdk.create(input) }),
        (error) => createRefusal(error, input),
      ),
    'cdk.list': (input) => client.cdk.list(input),
    'cdk.info': (input) => client.cdk.info(input),
    'cdk.revoke': (input) => client.cdk.revoke(input),
  } satisfies Partial<Handlers>
}
