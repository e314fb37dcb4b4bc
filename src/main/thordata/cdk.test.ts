import { describe, expect, it } from 'vitest'
import { parseCdkDetails, parseCreatedCodes } from './cdk'
import { clientWith, paramsOf, rejection } from './testing/client'
import { ok } from './testing/fake-fetch'

const GB = 1024 ** 3

describe('CDK', () => {
  it('reads details with unix-second times as ISO and traffic in bytes', () => {
    expect(
      parseCdkDetails(
        {
          cdk: 'Ab3dEf6hIj9kLm2N',
          status: 2,
          create_time: 1750000000,
          traffic: 5,
          traffic_duration: 7776000,
          use_username: 'buyer01',
          use_time: '1750100000',
        },
        'GB',
      ),
    ).toEqual({
      code: 'Ab3dEf6hIj9kLm2N',
      status: 'used',
      createdAt: '2025-06-15T15:06:40.000Z',
      trafficBytes: 5 * GB,
      durationSeconds: 7776000,
      usedBy: 'buyer01',
      usedAt: '2025-06-16T18:53:20.000Z',
    })
  })

  it('reads an unused code as never used', () => {
    const details = parseCdkDetails(
      { cdk: 'X1', status: '1', create_time: 1, traffic: 1, use_username: '', use_time: 0 },
      'GB',
    )
    expect(details).toMatchObject({ status: 'unused', usedBy: null, usedAt: null })
  })

  it('reads the created codes', () => {
    expect(parseCreatedCodes({ cdk: ['Ab3dEf6hIj9kLm2N', 'Pq4rSt7uVw0xYz1A'] })).toEqual([
      'Ab3dEf6hIj9kLm2N',
      'Pq4rSt7uVw0xYz1A',
    ])
    expect(parseCreatedCodes({ cdk: 'A1,B2' })).toEqual(['A1', 'B2'])
  })

  it('creates with flow in GB and filters the list by status number', async () => {
    const { client, seen } = clientWith([
      ok({ cdk: ['A1', 'B2'] }),
      ok([{ cdk: 'A1', create_time: 1750000000, status: 1, traffic: 2, traffic_duration: 7776000 }]),
      ok({}),
    ])
    await expect(client.cdk.create({ trafficBytes: 2 * GB, count: 2 })).resolves.toEqual(['A1', 'B2'])
    const list = await client.cdk.list({ status: 'unused' })
    await client.cdk.revoke({ cdk: 'A1' })
    expect(paramsOf(seen[0])).toEqual({ flow: '2', num: '2' })
    expect(paramsOf(seen[1])).toEqual({ status: '1' })
    expect(paramsOf(seen[2])).toEqual({ cdk: 'A1' })
    expect(list.cdks[0]).toMatchObject({ code: 'A1', status: 'unused', trafficBytes: 2 * GB })
    expect(list.skipped).toBe(0)
  })

  it('answers a successful create without codes with an empty list, never an error that invites a second create', async () => {
    expect(parseCreatedCodes({})).toEqual([])
    expect(parseCreatedCodes(null)).toEqual([])
    const { client, seen } = clientWith([ok({})])
    await expect(client.cdk.create({ trafficBytes: 1 * GB, count: 1 })).resolves.toEqual([])
    expect(seen).toHaveLength(1)
  })

  it('skips a CDK row with an unknown status and counts it', async () => {
    const { client } = clientWith([
      ok([
        { cdk: 'A1', create_time: 1, status: 1, traffic: 1 },
        { cdk: 'B2', create_time: 1, status: 9, traffic: 1 },
      ]),
    ])
    const list = await client.cdk.list()
    expect(list.cdks.map((c) => c.code)).toEqual(['A1'])
    expect(list.skipped).toBe(1)
  })

  it('refuses to create a code worth a fraction of a GB, before spending anything', async () => {
    const { client, seen } = clientWith([])
    const error = await rejection(client.cdk.create({ trafficBytes: 1.5 * GB, count: 1 }))
    expect(error).toMatchObject({ kind: 'validation', field: 'trafficBytes' })
    expect(seen).toHaveLength(0)
  })
})
