import type {
  Cdk,
  CdkCodeInput,
  CdkDetails,
  CdkList,
  CdkListInput,
  CdkStatus,
  CreateCdkInput,
} from '@shared/domain/cdk'
import { AppErrorException, appError } from '@shared/errors'
import type { TrafficUnit } from '@shared/traffic'
import { fromBytes } from '@shared/traffic'
import { t } from '../i18n'
import type { ThordataConfig } from './config'
import { Fields, isRow, listIn, malformed, readRows, toText } from './parse'
import type { Transport } from './transport'

const statusByNumber: Record<number, CdkStatus> = { 1: 'unused', 2: 'used', 3: 'revoked' }
const numberByStatus: Record<CdkStatus, number> = { unused: 1, used: 2, revoked: 3 }

function parseStatus(f: Fields): CdkStatus {
  const status = statusByNumber[f.number('status')]
  if (!status) throw malformed('CDK: unknown status')
  return status
}

/** Times arrive as unix seconds (typed "string" in the docs); traffic in the CDK unit. */
export function parseCdk(row: unknown, unit: TrafficUnit): Cdk {
  const f = new Fields(row, 'CDK')
  return {
    code: f.text('cdk'),
    status: parseStatus(f),
    createdAt: f.unix('create_time'),
    trafficBytes: f.bytes(['traffic', 'flow'], unit),
    durationSeconds: f.optNumber('traffic_duration') ?? 0,
  }
}

export function parseCdkDetails(data: unknown, unit: TrafficUnit): CdkDetails {
  const f = new Fields(data, 'CDK details')
  return { ...parseCdk(data, unit), usedBy: f.optText('use_username'), usedAt: f.unix('use_time') }
}

export function parseCdkList(data: unknown, unit: TrafficUnit): CdkList {
  const { rows, skipped } = readRows(listIn(data, 'CDKs'), (row) => parseCdk(row, unit))
  return { cdks: rows, skipped }
}

/**
 * `data.cdk` is documented as an array of codes and typed as "string"; a comma list is accepted too. The codes were
 * created once code 200 arrived, so a reply without them is an empty list ("not returned"; the CDK list shows
 * them), never an error that would invite creating them again.
 */
export function parseCreatedCodes(data: unknown): string[] {
  const raw = isRow(data) ? data.cdk : data
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : []
  return list.map((code) => toText(code)?.trim() ?? '').filter((code) => code !== '')
}

/** The whole number of CDK units (GB by default) each code carries; anything else is refused before sending. */
function flowAmount(bytes: number, unit: TrafficUnit): number {
  const amount = fromBytes(bytes, unit)
  if (Number.isInteger(amount) && amount > 0) return amount
  throw new AppErrorException(
    appError('validation', t('errors:address.wholeUnits', { unit }), {
      field: 'trafficBytes',
      retryable: false,
    }),
  )
}

export function createCdkApi(transport: Transport, config: () => ThordataConfig) {
  return {
    /** Spends traffic from the account. Sent once; never retried. */
    async create(input: CreateCdkInput): Promise<string[]> {
      const data = await transport.post('/cdk/create', {
        flow: flowAmount(input.trafficBytes, config().cdkUnit),
        num: input.count,
      })
      return parseCreatedCodes(data)
    },

    async list(input: CdkListInput = {}): Promise<CdkList> {
      const data = await transport.get('/cdk/list', {
        status: input.status ? numberByStatus[input.status] : undefined,
      })
      return parseCdkList(data, config().cdkUnit)
    },

    async revoke(input: CdkCodeInput): Promise<void> {
      await transport.post('/cdk/revoke', { cdk: input.cdk })
    },

    async info(input: CdkCodeInput): Promise<CdkDetails> {
      return parseCdkDetails(await transport.get('/cdk/info', { cdk: input.cdk }), config().cdkUnit)
    },
  }
}
