import { type Bridge, channels, eventNames } from '@shared/ipc/contract'
import { describe, expect, it } from 'vitest'
import { bridgeClientScript } from './client-script'

/** Runs the served script against a stand-in page: fetch, EventSource, clipboard and location are ours. */
async function page(fetch: (url: string, init: RequestInit) => Promise<unknown>) {
  const window: Record<string, unknown> = {}
  const copied: string[] = []
  const sources: { onmessage?: (message: { data: string }) => void }[] = []
  class EventSource {
    onmessage?: (message: { data: string }) => void
    constructor(readonly url: string) {
      sources.push(this)
    }
  }
  const navigator = { clipboard: { writeText: async (text: string) => void copied.push(text) } }
  const location = { href: 'http://127.0.0.1:4000/#/account' }
  new Function('window', 'fetch', 'EventSource', 'navigator', 'location', await bridgeClientScript())(
    window,
    fetch,
    EventSource,
    navigator,
    location,
  )
  return { bridge: window.thordata as Bridge, copied, sources }
}

describe('the preview bridge script', () => {
  it('is the preload bridge: one method per channel, one subscriber per event, frozen', async () => {
    const { bridge } = await page(async () => ({ json: async () => ({ ok: true, value: null }) }))
    expect(Object.keys(bridge.invoke).sort()).toEqual([...channels].sort())
    expect(Object.keys(bridge.on).sort()).toEqual([...eventNames].sort())
    expect(Object.isFrozen(bridge.invoke)).toBe(true)
  })

  it('posts each call with the page address, and mirrors a copy into the browser clipboard', async () => {
    const sent: { url: string; init: RequestInit }[] = []
    const { bridge, copied } = await page(async (url, init) => {
      sent.push({ url, init })
      return { json: async () => ({ ok: true, value: undefined }) }
    })
    expect(await bridge.invoke['app.copyText']({ text: 'user-acme:secret' })).toEqual({ ok: true, value: undefined })
    expect(sent[0].url).toBe('/__bridge/invoke/app.copyText')
    expect(sent[0].init.headers).toMatchObject({ 'x-thordata-page': 'http://127.0.0.1:4000/#/account' })
    expect(JSON.parse(String(sent[0].init.body))).toEqual({ input: { text: 'user-acme:secret' } })
    expect(copied).toEqual(['user-acme:secret'])
  })

  it('answers a retryable network error when the preview server is gone', async () => {
    const { bridge } = await page(() => Promise.reject(new TypeError('Failed to fetch')))
    expect(await bridge.invoke['session.get'](undefined)).toEqual({
      ok: false,
      error: { kind: 'network', message: 'The preview server is not running.', retryable: true },
    })
  })

  it('delivers pushed events to subscribers until they unsubscribe', async () => {
    const { bridge, sources } = await page(async () => ({}))
    const seen: unknown[] = []
    const off = bridge.on['data.invalidate']((payload) => seen.push(payload))
    const push = (name: string, payload: unknown) => sources[0].onmessage?.({ data: JSON.stringify({ name, payload }) })
    push('data.invalidate', { scope: 'account' })
    push('session.changed', { mode: 'none' })
    off()
    push('data.invalidate', { scope: 'all' })
    expect(seen).toEqual([{ scope: 'account' }])
  })
})
