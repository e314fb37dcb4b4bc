import { AppErrorException } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import { dateTimeToIso, Fields, listIn, parseJsonLenient, readRows, toBoolean, toNumber, unixToIso } from './parse'

// The user-list example as Thordata's docs print it: a missing comma and trailing commas (reference §4.1).
const docUserList = `{
  "code": 200,
  "data": {
    "limit": 100,
    "remaining_limit": 98,
    "user_count": 2,
    "list": [
      {
        "created_time": "2025-04-02",
        "username": "shop01",
        "password": "Pw123456"
        "status": true,
        "traffic_limit": 1024,
        "usage_traffic": 37.5,
      },
    ]
  },
  "msg": "ok"
}`

// The whitelist example: a missing comma between two fields (reference §5.1).
const docWhitelist = `{"code":200,"data":{"ip_count":1,"limit":100,"remaining_limit":99,
"lists":[{"created_time":"2025-03-10","ip":"203.0.113.7"
"status":true}]},"msg":"ok"}`

describe('parseJsonLenient', () => {
  it('reads the malformed user-list example from the docs', () => {
    const payload = parseJsonLenient(docUserList) as { data: { list: { password: string; usage_traffic: number }[] } }
    expect(payload.data.list[0].password).toBe('Pw123456')
    expect(payload.data.list[0].usage_traffic).toBe(37.5)
  })

  it('reads the malformed whitelist example from the docs', () => {
    const payload = parseJsonLenient(docWhitelist) as { data: { lists: { ip: string; status: boolean }[] } }
    expect(payload.data.lists).toEqual([{ created_time: '2025-03-10', ip: '203.0.113.7', status: true }])
  })

  it('still refuses a body that is not JSON at all', () => {
    expect(() => parseJsonLenient('<html>502 Bad Gateway</html>')).toThrow()
    expect(() => parseJsonLenient('{"code":200,"data":{')).toThrow()
  })
})

describe('value readers', () => {
  it.each([
    [12, 12],
    ['12.5', 12.5],
    [' 7 ', 7],
    ['', null],
    ['abc', null],
    [null, null],
  ])('reads the number %j as %j', (input, expected) => {
    expect(toNumber(input)).toBe(expected)
  })

  it.each([
    [true, true],
    ['true', true],
    [1, true],
    ['1', true],
    [false, false],
    ['false', false],
    [0, false],
    ['0', false],
    ['maybe', null],
  ])('reads the boolean %j as %j', (input, expected) => {
    expect(toBoolean(input)).toBe(expected)
  })

  it('turns "YYYY-MM-DD HH:mm" into ISO (read as UTC)', () => {
    expect(dateTimeToIso('2025-07-01 10:00')).toBe('2025-07-01T10:00:00.000Z')
    expect(dateTimeToIso('2025-07-01')).toBe('2025-07-01T00:00:00.000Z')
    expect(dateTimeToIso('not a date')).toBeNull()
  })

  it('turns unix seconds into ISO and 0 into "never"', () => {
    expect(unixToIso(1750000000)).toBe('2025-06-15T15:06:40.000Z')
    expect(unixToIso('1750000000')).toBe('2025-06-15T15:06:40.000Z')
    expect(dateTimeToIso(1750000000)).toBe('2025-06-15T15:06:40.000Z')
    expect(unixToIso(0)).toBeNull()
  })
})

describe('listIn', () => {
  it('finds the rows under data, list or lists', () => {
    expect(listIn([1], 'x')).toEqual([1])
    expect(listIn({ list: [2] }, 'x')).toEqual([2])
    expect(listIn({ lists: [3] }, 'x')).toEqual([3])
    expect(listIn({ data: [4] }, 'x')).toEqual([4])
    expect(listIn({ limit: 5, list: null }, 'x', undefined, ['limit'])).toEqual([])
  })

  it('reads the list nested as data.list (Go SDK ListProxyServers, Python SDK unlimited list_servers)', () => {
    expect(listIn({ data: { list: [6] } }, 'x')).toEqual([6])
  })

  // Python SDK tests/conftest.py `mock_response`: {"code": 200, "data": {}}, the backend's empty `data`.
  it('reads an object without any list, such as {} or a bare envelope, as an empty list', () => {
    expect(listIn({}, 'x')).toEqual([])
    expect(listIn(null, 'x')).toEqual([])
    expect(listIn('', 'x')).toEqual([])
    expect(listIn({ code: 200, msg: 'ok' }, 'x')).toEqual([])
    expect(listIn({ code: 200, msg: 'ok', data: null }, 'x')).toEqual([])
    expect(listIn({ code: 200, data: {} }, 'x')).toEqual([])
    // Fields the caller names as living beside the list (a proxy-user quota) are not content.
    expect(listIn({ limit: 5, user_count: 0 }, 'users', undefined, ['limit', 'user_count'])).toEqual([])
  })

  it('refuses a reply that cannot be a list', () => {
    expect(() => listIn('abc', 'users')).toThrow(AppErrorException)
    expect(() => listIn(5, 'users')).toThrow(AppErrorException)
  })

  it('refuses an object with content instead of reading it as an empty list', () => {
    // An array under a key nobody documents: reading it as "no users" would hide them.
    expect(() => listIn({ data: { items: [{ username: 'a' }] } }, 'users')).toThrow(/users: no list/)
    expect(() => listIn({ items: [1] }, 'users')).toThrow(AppErrorException)
    expect(() => listIn({ data: { reason: 'maintenance' } }, 'users')).toThrow(AppErrorException)
    expect(() => listIn({ limit: 5 }, 'users')).toThrow(AppErrorException)
  })
})

describe('readRows', () => {
  it('skips and counts the rows that cannot be read, keeping the others', () => {
    const read = (row: unknown) => new Fields(row, 'server').text('plan_name')
    expect(readRows([{ plan_name: 'a' }, { ip: '1.2.3.4' }, 'x', { plan_name: 'b' }], read)).toEqual({
      rows: ['a', 'b'],
      skipped: 2,
    })
  })

  it('lets a programming error through instead of counting it as a bad row', () => {
    expect(() =>
      readRows([1], () => {
        throw new TypeError('bug')
      }),
    ).toThrow(TypeError)
  })
})

describe('Fields', () => {
  it('takes the first present variant of a field', () => {
    const f = new Fields({ user: 'isp_u1', pwd: 'p' }, 'row')
    expect(f.text(['username', 'user'])).toBe('isp_u1')
  })

  it('names the missing field, never a value, in the error', () => {
    try {
      new Fields({ password: 'Secret123' }, 'proxy user').text('username')
      expect.unreachable()
    } catch (error) {
      const { appError } = error as AppErrorException
      expect(appError.kind).toBe('server')
      expect(appError.message).toContain('proxy user: username')
      expect(appError.message).not.toContain('Secret123')
    }
  })
})
