import type { AppError } from '@shared/errors'
import { AppErrorException } from '@shared/errors'
import type { ApiCredentials } from '../../credentials/types'
import { createMemoryLogger } from '../../log/logger'
import { defaultThordataConfig, type ThordataConfig } from '../config'
import { createThordataClient } from '../index'
import { fakeFetch, type Reply, type SeenRequest } from './fake-fetch'

export const testCredentials: ApiCredentials = { token: 'tok-TEST-1234', key: 'key-TEST-5678', accountName: 'acme' }

/** The real client over a scripted fetch, so a section's test sees exactly what went on the wire. */
export function clientWith(replies: Reply[] | ((request: SeenRequest) => Reply), config: Partial<ThordataConfig> = {}) {
  const { fetch, seen } = fakeFetch(replies)
  const client = createThordataClient({
    config: () => ({ ...defaultThordataConfig, baseUrls: ['https://api.test/api'], ...config }),
    credentials: async () => testCredentials,
    fetch,
    sleep: async () => {},
    log: createMemoryLogger(),
  })
  return { client, seen }
}

/** The parameters of a request, without the credentials: query for GET, form body for POST. */
export function paramsOf(request: SeenRequest): Record<string, string> {
  const source = request.method === 'POST' ? new URLSearchParams(request.body) : request.url.searchParams
  const params = Object.fromEntries(source)
  delete params.token
  delete params.key
  return params
}

export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppErrorException) return error.appError
    throw error
  }
  throw new Error('expected the call to fail')
}
